/**
 * The region's dictionary of problem terms (issue 25, decision 0036): what a county people's
 * congress office maintains so that opinions about the same concrete problem are found whatever
 * words residents used (电梯坏了 / 升降梯停运 / 楼里电梯又不动了), with 口语, 长沙话 and frequent
 * typos. Written from general knowledge of what residents of a Chinese city district (old and new
 * 小区, villages at its edge) report, in the spirit of the 12345 hotline classifications; nothing
 * here is keyed to an evaluation set.
 *
 * How the engine reads it (core/similar/profile.ts): a text is brought to its comparison form
 * (core/similar/normalize.ts: NFKC, lower case, REWRITES), then scanned once, taking the LONGEST
 * term at each position; the characters a term covers count as that concept and are not read
 * again. So a term may contain another concept's term (加装电梯 contains 电梯: 加装电梯 wins where
 * it occurs), but the same term may not stand in two concepts unless they are `near` each other
 * (test/unit/similar-terms.test.ts checks this).
 *
 * Maintaining it:
 * - Terms are written in the comparison form: simplified Chinese, half-width, lower case, and
 *   never containing a REWRITES `from` (a rewritten text could not contain it).
 * - A term must name the problem, not a place it happens at or a word met in passing: 电梯 (the
 *   object is the problem), 路灯不亮, 井盖松动; never 灯 alone (红绿灯, 台灯), never 物业 alone (物业
 *   is named in complaints about everything), never 校门口 alone (a lamp at a school gate is a lamp),
 *   never a FILLER_WORDS, PLACE_SUFFIXES or LOCAL_MARKERS entry.
 * - Read a short term inside longer everyday words before adding it: 滴滴 is in 一滴滴, 的哥 in 我的哥哥,
 *   禁放 in 严禁放置, 入园 in 进入园区, 村小 in 村小组, 落水 in 落水管, 套餐 in a canteen's 套餐.
 * - A concept is one problem (object + what is wrong, where that matters): 电梯故障 and 加装电梯
 *   are two; 停水, 水压低 and 水质差 are three; noise of 广场舞, 装修, 施工, 商铺音响 and 夜宵摊
 *   are five. `near` links concepts residents would call the same problem family.
 */

/** One problem concept: what residents mean, and the words they say it with. */
export interface ProblemConcept {
  /** Stable id, lower-case ascii, e.g. 'elevator'. */
  id: string;
  /** Short Chinese label shown to staff, e.g. '电梯故障'. */
  label: string;
  /**
   * The surface forms (after simplification to simplified Chinese and half-width): every word or
   * phrase residents use for this concept, including synonyms, 口语, 长沙话 and frequent
   * homophone typos (e.g. elevator: 电梯, 升降梯, 直梯, 电体, 电悌, 厢梯 …). 2+ characters each,
   * or 1 character only when it cannot be mistaken (avoid single characters in general).
   */
  terms: readonly string[];
  /**
   * How far the problem reaches: 'unit' (one building or its 楼道/单元: elevator, 楼道灯, 漏水 of a flat,
   * 外墙), 'site' (one place: a crossing, a lamp, a shop, a school gate, a 小区 gate), 'area' (a whole 小区,
   * 村 or road), 'policy' (a rule or service for the whole district or city: 医保缴费, 学区划分, 垃圾分类
   * 投放时段, 公交票价).
   */
  reach: 'unit' | 'site' | 'area' | 'policy';
  /** Optional: concept ids that are the same problem family and may match each other (e.g. 'drain' ~ 'waterlogging'). */
  near?: readonly string[];
}

/** The concepts, grouped as a 12345 hotline files them. */
export const PROBLEM_CONCEPTS: readonly ProblemConcept[] = [
  // Building, flat and 楼道
  {
    id: 'elevator',
    label: '电梯故障',
    reach: 'unit',
    terms: [
      '电梯', '升降梯', '直梯', '厢梯', '电体', '电悌', '电梯坏', '电梯故障', '电梯停运', '电梯停用', '电梯不动',
      '电梯没动', '电梯困人', '困在电梯', '关在电梯里', '电梯关人', '电梯急停', '电梯下坠', '电梯异响', '电梯门夹人',
      '电梯年检', '电梯维修', '电梯老化', '扶手电梯', '自动扶梯',
    ],
  },
  {
    id: 'elevator_install',
    label: '老楼加装电梯',
    reach: 'unit',
    terms: [
      '加装电梯', '电梯加装', '装电梯', '增设电梯', '安装电梯', '老楼加梯', '加梯', '加装电梯补贴', '加装电梯协商',
      '加装电梯审批', '加装电梯费用', '低层不同意', '一楼不同意', '低楼层反对', '既有住宅加装', '没有电梯',
    ],
  },
  {
    id: 'stairwell_light',
    label: '楼道灯不亮',
    reach: 'unit',
    terms: [
      '楼道灯', '楼梯灯', '走廊灯', '过道灯', '声控灯', '感应灯', '楼道照明', '楼梯间照明', '楼道黑', '楼道漆黑',
      '楼道太黑', '楼梯太黑', '声控灯不亮', '感应灯坏', '楼道没灯',
    ],
  },
  {
    id: 'leak_from_above',
    label: '楼上漏水渗水',
    reach: 'unit',
    terms: [
      '楼上漏水', '楼上渗水', '天花板漏水', '天花板渗水', '吊顶渗水', '吊顶漏水', '卫生间渗水', '卫生间漏水',
      '厕所漏水', '厕所渗水', '厨房渗水', '漏到楼下', '渗到楼下', '漏到我家', '渗到我家', '往下滴水', '天花板发霉',
      '防水没做好', '楼上装修漏水', '天花板滴水',
    ],
    near: ['roof_leak', 'wall_seepage', 'ac_drip'],
  },
  {
    id: 'roof_leak',
    label: '屋顶漏水',
    reach: 'unit',
    terms: [
      '屋顶漏水', '楼顶漏水', '顶楼漏水', '顶层漏水', '房顶漏水', '屋面漏水', '天面漏水', '楼面漏水', '屋面防水',
      '屋顶防水', '下雨就漏', '一下雨就漏', '漏雨', '落雨就漏', '屋顶渗水',
    ],
    near: ['leak_from_above', 'wall_seepage'],
  },
  {
    id: 'wall_seepage',
    label: '外墙渗水开裂',
    reach: 'unit',
    terms: [
      '外墙渗水', '外墙漏水', '墙体渗水', '墙面渗水', '外墙开裂', '墙体开裂', '墙面开裂', '墙体裂缝', '墙壁发霉',
      '墙面发霉', '墙体返潮', '墙面返潮', '窗户渗水', '窗边渗水', '外墙防水',
    ],
    near: ['leak_from_above', 'roof_leak', 'facade_falling', 'house_danger'],
  },
  {
    id: 'facade_falling',
    label: '外墙瓷砖脱落',
    reach: 'unit',
    terms: [
      '外墙瓷砖脱落', '瓷砖脱落', '墙砖脱落', '外墙砖', '外墙脱落', '外墙皮脱落', '墙皮脱落', '外墙掉', '瓷砖掉下来',
      '墙砖掉', '外墙空鼓', '空鼓',
    ],
    near: ['wall_seepage', 'high_fall', 'billboard'],
  },
  {
    id: 'house_danger',
    label: '危房和房屋开裂',
    reach: 'unit',
    terms: [
      '危房', '危旧房', '房屋开裂', '房子开裂', '房屋裂缝', '房子裂缝', '地基下沉', '房屋沉降', '楼房倾斜', '房子倾斜',
      '房屋安全鉴定', '房屋鉴定', '承重墙', '房屋倒塌', '楼板开裂', '梁柱开裂',
    ],
    near: ['wall_seepage', 'construction_damage'],
  },
  {
    id: 'high_fall',
    label: '高空抛物坠物',
    reach: 'unit',
    terms: [
      '高空抛物', '高空坠物', '楼上扔', '往楼下扔', '从楼上扔', '从楼上丢', '楼上丢东西', '楼上扔垃圾', '楼上丢垃圾',
      '往下丢', '抛物', '阳台掉东西', '花盆掉下来', '窗户掉下来', '烟头往下扔',
    ],
    near: ['facade_falling'],
  },
  {
    id: 'building_door',
    label: '单元门和对讲损坏',
    reach: 'unit',
    terms: [
      '单元门', '单元门坏', '楼栋门', '防盗门', '单元防盗门', '楼道门', '可视对讲', '对讲系统', '单元门锁', '门关不上',
      '闭门器', '单元门禁',
    ],
    near: ['estate_security'],
  },
  {
    id: 'stairwell_clutter',
    label: '楼道堆放杂物',
    reach: 'unit',
    terms: [
      '楼道堆物', '楼道堆放', '楼道杂物', '堆放杂物', '楼道堆积', '占用楼道', '楼道被占', '楼梯间堆放', '楼道放鞋柜',
      '杂物堆放', '楼道堆满', '楼梯口堆放',
    ],
    near: ['fire_lane'],
  },
  {
    id: 'ac_drip',
    label: '空调滴水',
    reach: 'unit',
    terms: [
      '空调滴水', '空调水', '空调冷凝水', '冷凝水', '空调排水', '外机滴水', '空调水滴', '空调管滴水', '滴到楼下',
      '空调水管',
    ],
    near: ['leak_from_above'],
  },
  {
    id: 'neighbour_noise',
    label: '邻里噪音',
    reach: 'unit',
    terms: [
      '楼上噪音', '楼上吵', '楼上脚步声', '楼上跺脚', '楼上拖椅子', '拖椅子', '弹珠声', '邻居吵', '邻居噪音',
      '邻居扰民', '小孩跑', '小孩跳', '半夜洗衣服', '敲东西', '楼上跳',
    ],
  },
  {
    id: 'renovation_noise',
    label: '装修噪音',
    reach: 'unit',
    terms: [
      '装修噪音', '装修吵', '装修太吵', '装修声音', '电钻', '冲击钻', '电锤', '砸墙', '敲墙', '切割声', '装修时间',
      '周末装修', '中午装修', '早上装修', '晚上装修', '装修扰民',
    ],
  },
  {
    id: 'group_rental',
    label: '群租房',
    reach: 'unit',
    terms: [
      '群租', '群租房', '隔断房', '打隔断', '住很多人', '出租屋', '二房东', '床位出租', '租客多', '租户多', '租户扰民',
      '外来租户',
    ],
    near: ['home_business'],
  },
  {
    id: 'home_business',
    label: '住宅改作经营',
    reach: 'unit',
    terms: [
      '住改商', '住宅开店', '民宿', '日租房', '家庭作坊', '住宅里办公司', '住宅做生意', '居民楼开店', '居民楼里开',
      '商住混用', '一楼开店',
    ],
    near: ['group_rental'],
  },
  {
    id: 'sunlight_blocked',
    label: '采光日照被遮挡',
    reach: 'unit',
    terms: [
      '采光', '日照', '挡光', '日照时间', '楼间距', '日照间距', '挡住阳光', '没有阳光', '晒不到太阳', '采光权',
      '遮挡采光', '日照不足',
    ],
  },
  {
    id: 'new_house_quality',
    label: '新房质量',
    reach: 'unit',
    terms: [
      '房屋质量', '新房质量', '精装修', '货不对板', '交房质量', '验房', '保修', '维修期', '开发商维修', '质量保修',
      '交付标准',
    ],
    near: ['stalled_project', 'planning_change'],
  },
  {
    id: 'elderly_retrofit',
    label: '适老化改造',
    reach: 'unit',
    terms: [
      '适老化', '适老化改造', '扶手', '楼梯扶手', '加装扶手', '浴室扶手', '卫生间扶手', '防滑改造', '一键呼叫',
      '紧急呼叫', '居家适老',
    ],
    near: ['accessibility', 'elderly_home_care'],
  },
  // Water, power, gas
  {
    id: 'pipe_burst',
    label: '供水管爆裂漏水',
    reach: 'site',
    terms: [
      '水管爆裂', '水管爆了', '爆管', '水管破裂', '管道破裂', '自来水管漏水', '供水管漏水', '水管漏水', '跑水', '冒水',
      '路面冒水', '地下冒水', '阀门漏水', '水表漏水', '管网漏损',
    ],
    near: ['water_outage'],
  },
  {
    id: 'water_outage',
    label: '停水',
    reach: 'area',
    terms: [
      '停水', '断水', '没水', '没有水', '停了水', '经常停水', '频繁停水', '突然停水', '停水不通知', '无故停水',
      '供水中断', '水停了', '来水慢', '停水时间长', '老是停水',
    ],
    near: ['water_pressure', 'pipe_burst', 'rural_drinking_water'],
  },
  {
    id: 'water_pressure',
    label: '水压低',
    reach: 'area',
    terms: [
      '水压低', '水压小', '水压不够', '水压不足', '水压不稳', '水流小', '水流很小', '水上不去', '高层没水', '高层水压',
      '二次供水', '加压泵', '供水泵', '水压',
    ],
    near: ['water_outage'],
  },
  {
    id: 'water_quality',
    label: '自来水水质差',
    reach: 'area',
    terms: [
      '水质差', '水质', '自来水浑浊', '水浑', '浑水', '水发黄', '黄水', '锈水', '水有异味', '水有味道', '漂白粉味',
      '消毒水味', '水垢多', '水里有沙', '水里有虫', '水箱脏', '水箱清洗', '水不干净',
    ],
  },
  {
    id: 'utility_price',
    label: '水电气价格',
    reach: 'policy',
    terms: [
      '水价', '电价', '气价', '燃气价格', '阶梯水价', '阶梯电价', '阶梯气价', '峰谷电价', '水费上涨', '电费上涨',
      '燃气费上涨', '水费太贵', '电费太贵', '气费太贵', '水费标准', '电费标准',
    ],
    near: ['meter_bill'],
  },
  {
    id: 'meter_bill',
    label: '水电气表计费异常',
    reach: 'unit',
    terms: [
      '水表', '电表', '气表', '燃气表', '抄表', '估抄', '水费异常', '电费异常', '燃气费异常', '水费突然', '电费突然',
      '表不准', '表走得快', '公摊水费', '公摊电费', '分摊电费', '多收水费', '多收电费',
    ],
    near: ['utility_price'],
  },
  {
    id: 'power_outage',
    label: '停电',
    reach: 'area',
    terms: [
      '停电', '断电', '没电', '停了电', '跳闸', '经常停电', '频繁停电', '突然停电', '停电不通知', '无故停电',
      '供电中断', '计划停电', '停电时间长', '老是停电',
    ],
    near: ['power_voltage'],
  },
  {
    id: 'power_voltage',
    label: '电压不稳容量不足',
    reach: 'area',
    terms: [
      '电压低', '电压不稳', '电压不够', '电压不足', '电压高', '电压', '变压器', '变压器容量', '负荷不够', '电力增容',
      '增容', '空调开不起来', '灯一闪一闪', '电器烧坏',
    ],
    near: ['power_outage'],
  },
  {
    id: 'wiring_hazard',
    label: '电线电箱安全隐患',
    reach: 'site',
    terms: [
      '电线老化', '线路老化', '电线乱拉', '乱拉电线', '私拉乱接', '私拉电线', '电线裸露', '电线破皮', '电线低垂',
      '电线垂下来', '电线掉下来', '电线杆倾斜', '电杆歪', '电线杆歪', '漏电', '触电', '电线短路', '电线冒火花',
      '配电箱', '电箱', '变电箱', '箱变', '电表箱', '电缆井', '电箱门',
    ],
    near: ['overhead_cables', 'ebike_charging'],
  },
  {
    id: 'overhead_cables',
    label: '空中线缆杂乱',
    reach: 'site',
    terms: [
      '线缆杂乱', '空中线缆', '蜘蛛网线', '网线乱拉', '通信线缆', '光缆', '弱电线', '线缆下垂', '废弃线缆', '线缆乱',
      '杆线', '电缆乱拉', '线缆整治',
    ],
    near: ['wiring_hazard'],
  },
  {
    id: 'gas_leak',
    label: '燃气泄漏和安全',
    reach: 'unit',
    terms: [
      '燃气泄漏', '煤气泄漏', '天然气泄漏', '漏气', '燃气漏气', '煤气味', '燃气味', '天然气味', '燃气管道老化',
      '燃气管老化', '煤气管', '燃气报警器', '燃气阀门', '燃气软管', '燃气安全',
    ],
    near: ['gas_supply', 'dangerous_goods'],
  },
  {
    id: 'gas_supply',
    label: '管道燃气开通和停气',
    reach: 'area',
    terms: [
      '管道燃气', '通燃气', '通天然气', '开通燃气', '燃气开通', '天然气入户', '燃气入户', '燃气安装', '燃气初装费',
      '燃气开户', '停气', '没气', '燃气停供', '没有天然气', '燃气管网',
    ],
    near: ['gas_leak'],
  },
  // Property management and 小区
  {
    id: 'property_service',
    label: '物业服务差',
    reach: 'area',
    terms: [
      '物业不作为', '物业不管', '物业不负责', '物业态度差', '物业服务差', '物业服务不到位', '物业管理混乱',
      '物业管理差', '物管不作为', '物管不管', '物业推诿', '找物业没用', '物业维修慢', '物业不处理', '物业拖着不修',
      '物业形同虚设',
    ],
    near: ['property_fee', 'property_change', 'estate_cleaning'],
  },
  {
    id: 'property_fee',
    label: '物业费和乱收费',
    reach: 'area',
    terms: [
      '物业费', '物业费涨价', '物业费太贵', '物业乱收费', '物业收费', '物业收费标准', '物业费标准', '催缴物业费',
      '拒交物业费', '不交物业费', '物业费欠费', '额外收费', '物业费价格',
    ],
    near: ['property_service', 'property_change', 'public_revenue'],
  },
  {
    id: 'property_change',
    label: '更换物业和无物业',
    reach: 'area',
    terms: [
      '更换物业', '换物业', '物业撤离', '物业撤场', '物业跑路', '物业退出', '没有物业', '无物业', '弃管', '弃管小区',
      '选聘物业', '招标物业', '物业交接', '物业合同到期', '前期物业',
    ],
    near: ['property_service', 'property_fee', 'owners_committee'],
  },
  {
    id: 'owners_committee',
    label: '业委会',
    reach: 'area',
    terms: [
      '业委会', '业主委员会', '业主大会', '成立业委会', '业委会选举', '业委会换届', '业委会不作为', '业主投票',
      '业主表决', '筹备组',
    ],
    near: ['property_change', 'public_revenue', 'maintenance_fund'],
  },
  {
    id: 'public_revenue',
    label: '小区公共收益',
    reach: 'area',
    terms: [
      '公共收益', '公共收益公开', '收益公开', '电梯广告收益', '广告收益', '场地租金', '停车收益', '收益去向',
      '账目公开', '收支公开',
    ],
    near: ['owners_committee', 'property_fee'],
  },
  {
    id: 'maintenance_fund',
    label: '专项维修资金',
    reach: 'area',
    terms: [
      '维修基金', '维修资金', '专项维修资金', '住宅维修资金', '动用维修基金', '使用维修资金', '申请维修资金',
      '维修基金使用', '维修基金公示', '维修基金余额',
    ],
    near: ['owners_committee'],
  },
  {
    id: 'estate_cleaning',
    label: '小区楼道卫生差',
    reach: 'area',
    terms: [
      '小区卫生', '小区卫生差', '楼道卫生', '楼道脏', '保洁不到位', '保洁员', '清洁工', '没人打扫', '不打扫',
      '楼道垃圾', '小区环境差',
    ],
    near: ['property_service', 'street_cleaning', 'garbage_pileup'],
  },
  {
    id: 'estate_security',
    label: '小区门禁和保安',
    reach: 'area',
    terms: [
      '门禁', '小区门禁', '门禁卡', '门禁系统', '人脸识别', '门岗', '外来人员', '随意进出', '大门不关', '陌生人',
      '保安不在岗', '安保', '没有保安', '保安不管', '保安形同虚设',
    ],
    near: ['building_door', 'cctv', 'theft'],
  },
  {
    id: 'cctv',
    label: '监控摄像头',
    reach: 'site',
    terms: [
      '监控坏', '没有监控', '装监控', '安装监控', '监控死角', '监控盲区', '天网', '监控不清', '监控不亮', '摄像头坏',
      '监控坏了',
    ],
    near: ['estate_security', 'theft'],
  },
  {
    id: 'old_estate_renovation',
    label: '老旧小区改造',
    reach: 'area',
    terms: [
      '老旧小区改造', '老旧小区', '提质改造', '旧改', '改造工程', '改造质量', '改造进度', '改造范围', '改造方案',
      '小区改造', '棚改', '棚户区改造', '城中村改造', '微改造', '有机更新',
    ],
    near: ['demolition'],
  },
  {
    id: 'estate_light',
    label: '小区路灯庭院灯',
    reach: 'site',
    terms: [
      '小区路灯', '庭院灯', '草坪灯', '景观灯', '小区照明', '小区里太黑', '小区路灯不亮', '院子里的灯', '小区灯坏',
      '庭院灯坏',
    ],
    near: ['streetlight'],
  },
  // Parking and vehicles
  {
    id: 'parking_shortage',
    label: '停车难',
    reach: 'area',
    terms: [
      '停车难', '没地方停车', '没地方停', '停车位不够', '车位不够', '车位少', '车位紧张', '车位紧缺', '找不到车位',
      '无处停车', '公共停车场', '建停车场', '停车场不够', '增加车位', '增设车位', '停车位',
    ],
    near: ['illegal_parking', 'estate_parking_fee', 'ground_lock'],
  },
  {
    id: 'illegal_parking',
    label: '乱停车占道',
    reach: 'site',
    terms: [
      '乱停车', '乱停乱放', '违停', '违章停车', '占道停车', '车停人行道', '人行道停车', '堵门口', '挡住出口', '堵车库',
      '双排停车', '停车占道', '马路边停车', '乱停放',
    ],
    near: ['fire_lane', 'zombie_car', 'parking_shortage', 'ground_lock', 'bike_share'],
  },
  {
    id: 'zombie_car',
    label: '僵尸车',
    reach: 'site',
    terms: [
      '僵尸车', '废弃车辆', '废旧车辆', '报废车', '长期停放', '长期占用车位', '无牌车', '积满灰', '烂车', '破车',
      '废车',
    ],
    near: ['illegal_parking'],
  },
  {
    id: 'estate_parking_fee',
    label: '小区停车收费',
    reach: 'area',
    terms: [
      '停车费', '停车收费', '车位费', '临停费', '临时停车费', '车位租金', '车位价格', '车位太贵', '只售不租',
      '车位只售不租', '停车管理费', '道闸', '月卡', '外来车辆收费',
    ],
    near: ['parking_shortage', 'city_parking_fee'],
  },
  {
    id: 'city_parking_fee',
    label: '路边停车收费',
    reach: 'policy',
    terms: [
      '路边停车收费', '路内停车', '路侧停车', '咪表', '停车收费标准', '占道停车收费', '智慧停车', '路边收费',
      '停车计费', '停车收费时间',
    ],
    near: ['estate_parking_fee'],
  },
  {
    id: 'ground_lock',
    label: '地锁私占车位',
    reach: 'site',
    terms: [
      '地锁', '车位锁', '私装地锁', '私占车位', '占车位', '霸占车位', '占位', '石墩占位', '锥桶占位', '放东西占车位',
      '抢车位', '车位被占',
    ],
    near: ['parking_shortage', 'illegal_parking'],
  },
  {
    id: 'ebike_charging',
    label: '电动车飞线充电',
    reach: 'unit',
    terms: [
      '飞线充电', '飞线', '拉线充电', '私拉电线充电', '电动车充电', '楼道充电', '电动车上楼', '电动车进电梯',
      '电动车进楼', '电瓶上楼', '推车上楼', '电池上楼', '家里充电', '楼道停放电动车', '电动车停楼道', '阳台拉线',
    ],
    near: ['ebike_shed', 'wiring_hazard'],
  },
  {
    id: 'ebike_shed',
    label: '电动车充电棚',
    reach: 'area',
    terms: [
      '充电棚', '电动车棚', '车棚', '集中充电', '充电车棚', '电动车充电桩', '电动车充电站', '充电插座', '扫码充电',
      '充电柜', '换电柜', '充电难', '没地方充电', '充电收费',
    ],
    near: ['ebike_charging', 'ev_charger'],
  },
  {
    id: 'ev_charger',
    label: '汽车充电桩',
    reach: 'area',
    terms: [
      '充电桩', '充电庄', '新能源充电桩', '汽车充电桩', '新能源车', '新能源汽车', '安装充电桩', '装充电桩',
      '报装充电桩', '充电车位', '油车占位', '私人充电桩', '电动汽车',
    ],
    near: ['ebike_shed'],
  },
  {
    id: 'bike_share',
    label: '共享单车乱停',
    reach: 'site',
    terms: [
      '共享单车', '共享电单车', '电单车', '单车乱停', '哈啰', '青桔', '美团单车', '单车堆', '单车乱放', '共享电动车',
    ],
    near: ['illegal_parking'],
  },
  {
    id: 'ebike_traffic',
    label: '电动车违规骑行',
    reach: 'area',
    terms: [
      '逆行', '闯红灯', '不戴头盔', '头盔', '电动车逆行', '外卖骑手', '骑手', '外卖车', '电动车超速', '电动车载人',
      '老年代步车', '老头乐', '三轮车', '代步车',
    ],
    near: ['traffic_safety'],
  },
  {
    id: 'ebike_registration',
    label: '电动车上牌',
    reach: 'policy',
    terms: [
      '电动车上牌', '上牌', '电动车牌照', '新国标', '超标车', '电动车登记', '上牌难', '临时牌照', '电动车备案',
      '电动车过渡期',
    ],
  },
  // Roads and traffic
  {
    id: 'road_damage',
    label: '路面破损坑洼塌陷',
    reach: 'site',
    terms: [
      '坑洼', '坑坑洼洼', '路面破损', '道路破损', '路面开裂', '路面不平', '路烂', '烂路', '路不好走', '路面坑洼',
      '大坑', '路坑', '坑洼不平', '路面凹陷', '水泥路坏', '道路维修', '塌陷', '地陷', '路面塌陷', '地面塌陷',
      '路面下沉', '路基下沉', '路面破', '路面烂',
    ],
    near: ['manhole', 'village_road', 'sidewalk', 'road_works'],
  },
  {
    id: 'manhole',
    label: '井盖缺失破损',
    reach: 'site',
    terms: [
      '井盖', '窨井盖', '阴井盖', '下水井盖', '沙井盖', '井盖缺失', '井盖坏', '井盖破损', '井盖松动', '井盖响',
      '井盖下沉', '没有井盖', '井盖丢失', '井盖被偷',
    ],
    near: ['road_damage'],
  },
  {
    id: 'sidewalk',
    label: '人行道破损',
    reach: 'site',
    terms: [
      '人行道破损', '人行道砖', '地砖松动', '地砖翘起', '地砖破损', '踩水', '一踩一脚水', '步道砖', '人行道太窄',
      '人行道不平',
    ],
    near: ['road_damage', 'accessibility'],
  },
  {
    id: 'road_works',
    label: '道路施工久拖',
    reach: 'site',
    terms: [
      '围挡', '施工围挡', '长期围挡', '修路太久', '道路施工', '开挖', '反复开挖', '拉链路', '挖了不修', '挖开不填',
      '工期', '工期拖延', '施工拖延', '烂尾路',
    ],
    near: ['road_damage', 'dead_end_road'],
  },
  {
    id: 'dead_end_road',
    label: '断头路未打通',
    reach: 'area',
    terms: [
      '断头路', '道路打通', '未贯通', '路不通', '道路连通', '规划路', '规划道路', '修通', '连接线', '绕远路',
      '绕一大圈', '打通断头路',
    ],
    near: ['road_works', 'village_road'],
  },
  {
    id: 'village_road',
    label: '村道组道',
    reach: 'area',
    terms: [
      '村道', '村组道路', '组道', '通组公路', '组级公路', '村级公路', '机耕道', '机耕路', '道路硬化', '路面硬化',
      '泥巴路', '土路', '砂石路', '进村路', '通村路', '入户路', '错车道', '路太窄', '会车难',
    ],
    near: ['road_damage', 'dead_end_road', 'bridge'],
  },
  {
    id: 'bridge',
    label: '桥梁安全',
    reach: 'site',
    terms: [
      '桥梁', '危桥', '桥坏', '桥面', '便桥', '桥栏杆', '桥护栏', '过河难', '人行桥', '小桥', '漫水桥', '桥墩',
      '桥开裂',
    ],
    near: ['village_road'],
  },
  {
    id: 'crossing_safety',
    label: '过马路难',
    reach: 'site',
    terms: [
      '过马路', '过马路难', '过马路危险', '过街', '行人过街', '人行横道', '斑马线', '人行天桥', '过街天桥', '天桥',
      '地下通道', '礼让行人', '横穿马路', '护栏断口', '过街设施',
    ],
    near: ['traffic_light', 'school_traffic', 'traffic_safety'],
  },
  {
    id: 'traffic_light',
    label: '红绿灯信号灯',
    reach: 'site',
    terms: [
      '红绿灯', '信号灯', '交通灯', '红灯时间', '绿灯时间', '红灯太长', '绿灯太短', '信号灯坏', '红绿灯坏',
      '红绿灯不亮', '信号配时', '左转灯', '行人灯', '装红绿灯', '信号灯故障', '倒计时',
    ],
    near: ['crossing_safety', 'traffic_jam', 'traffic_safety'],
  },
  {
    id: 'traffic_safety',
    label: '车速快事故多和护栏标志',
    reach: 'site',
    terms: [
      '车速快', '车速太快', '开得快', '超速', '事故多发', '经常出事', '出车祸', '车祸', '交通事故', '急弯', '视线盲区',
      '转弯盲区', '减速带', '减速坎', '限速', '凸面镜', '反光镜', '隔离栏', '隔离带', '路桩', '石墩', '阻车桩',
      '道路护栏', '护栏缺失', '护栏损坏',
    ],
    near: ['crossing_safety', 'traffic_light', 'ebike_traffic', 'road_signs', 'muck_trucks'],
  },
  {
    id: 'road_signs',
    label: '交通标志标线',
    reach: 'site',
    terms: [
      '标线', '交通标志', '标志牌', '指示牌', '路牌', '限速牌', '禁停标志', '导向标志', '标线模糊', '标线不清',
      '指路牌', '交通标识', '路名牌',
    ],
    near: ['traffic_safety'],
  },
  {
    id: 'traffic_jam',
    label: '交通拥堵',
    reach: 'site',
    terms: [
      '拥堵', '堵车', '交通拥堵', '塞车', '车多路窄', '早晚高峰', '高峰期堵', '路口堵', '通行难', '交通组织', '掉头',
      '路口通行', '排长龙',
    ],
    near: ['traffic_light', 'school_traffic'],
  },
  {
    id: 'school_traffic',
    label: '上下学接送拥堵',
    reach: 'site',
    terms: [
      '接送拥堵', '家长接送', '接送车辆', '放学堵', '上学堵', '校门口拥堵', '校门口堵车', '学校门口堵', '护学岗',
      '校门口停车', '放学时段拥堵', '接娃堵',
    ],
    near: ['traffic_jam', 'crossing_safety', 'school_surroundings'],
  },
  {
    id: 'muck_trucks',
    label: '渣土车大货车',
    reach: 'area',
    terms: [
      '渣土车', '泥头车', '土方车', '大货车', '重型货车', '货车', '撒漏', '遗撒', '带泥上路', '车轮带泥', '渣土车超速',
      '渣土车噪音', '货车通行', '限行货车',
    ],
    near: ['dust', 'construction_waste', 'traffic_safety'],
  },
  {
    id: 'taxi',
    label: '出租车网约车',
    reach: 'site',
    terms: [
      '出租车', '网约车', '打车难', '拒载', '黑车', '摩的', '非法营运', '打不到车', '出租车司机', '出租车绕路',
      '滴滴司机', '网约车司机',
    ],
  },
  {
    id: 'bike_lane',
    label: '非机动车道',
    reach: 'site',
    terms: ['非机动车道', '自行车道', '骑行道', '非机动车道被占', '没有非机动车道', '机非混行', '机非隔离', '绿道'],
  },
  {
    id: 'road_noise',
    label: '交通噪音',
    reach: 'area',
    terms: [
      '交通噪音', '车辆噪音', '道路噪音', '高架噪音', '马路噪音', '鸣笛', '按喇叭', '乱鸣笛', '隔音屏', '声屏障',
      '隔音墙', '隔音窗', '重车噪音', '货车噪音', '车流噪音', '地铁噪音', '地铁振动', '地铁震动', '火车噪音',
      '铁路噪音', '高铁噪音', '火车鸣笛',
    ],
    near: ['street_racing'],
  },
  {
    id: 'street_racing',
    label: '炸街飙车',
    reach: 'area',
    terms: [
      '炸街', '改装车', '飙车', '摩托车轰鸣', '摩托车噪音', '轰油门', '排气管改装', '赛车', '深夜飙车', '跑车声音',
      '鬼火少年', '机车',
    ],
    near: ['road_noise'],
  },
  // Buses and metro
  {
    id: 'bus_route',
    label: '公交线路站点',
    reach: 'area',
    terms: [
      '公交线路', '公交路线', '开通公交', '增开公交', '增加公交', '新开线路', '公交改线', '取消公交', '没有公交',
      '不通公交', '公交不通', '微循环公交', '社区巴士', '增设公交站', '公交站太远', '公交停运',
    ],
    near: ['bus_frequency', 'bus_stop'],
  },
  {
    id: 'bus_frequency',
    label: '公交班次少',
    reach: 'area',
    terms: [
      '班次', '班次少', '发车间隔', '等车久', '等车太久', '等公交', '末班车', '首班车', '收班早', '收车早', '车次少',
      '公交车少', '班次太少', '加密班次',
    ],
    near: ['bus_route', 'bus_service'],
  },
  {
    id: 'bus_service',
    label: '公交司机服务',
    reach: 'site',
    terms: [
      '公交司机', '司机态度', '过站不停', '不停站', '甩站', '到站不停', '急刹车', '开车猛', '司机骂人', '不让上车',
      '公交车开得快', '公交车空调', '车内卫生',
    ],
    near: ['bus_frequency'],
  },
  {
    id: 'bus_fare',
    label: '公交票价和乘车卡',
    reach: 'policy',
    terms: [
      '公交票价', '票价', '老年卡', '敬老卡', '爱心卡', '换乘优惠', '公交卡', '乘车码', '免费乘车', '学生卡',
      '老人免费坐车', '公交优惠', '半价乘车',
    ],
  },
  {
    id: 'bus_stop',
    label: '公交站台设施',
    reach: 'site',
    terms: [
      '公交站台', '候车亭', '站牌', '公交站牌', '站台没有棚', '站台遮雨', '站台座椅', '电子站牌', '候车', '站台太窄',
      '公交港湾',
    ],
    near: ['bus_route'],
  },
  {
    id: 'metro',
    label: '地铁站点出入口和运营',
    reach: 'area',
    terms: [
      '地铁站太远', '地铁接驳', '地铁接驳公交', '地铁延伸', '地铁规划', '开通地铁', '地铁站点设置', '增设出入口',
      '地铁出入口少', '出站口太远', '地铁站电梯', '地铁班次', '地铁末班', '末班地铁', '地铁拥挤', '地铁太挤',
      '地铁间隔', '地铁票价',
    ],
  },
  // Lights
  {
    id: 'streetlight',
    label: '路灯不亮',
    reach: 'site',
    terms: [
      '路灯', '路灯不亮', '路灯没亮', '路灯坏', '路灯坏了', '没有路灯', '装路灯', '增设路灯', '路灯闪', '路灯白天亮',
      '路灯杆', '灯杆', '灯不亮', '灯坏了', '路上太黑', '晚上太黑', '黑灯瞎火', '照明', '道路照明', '太阳能路灯',
    ],
    near: ['estate_light'],
  },
  {
    id: 'light_pollution',
    label: '光污染',
    reach: 'site',
    terms: [
      '光污染', '灯光刺眼', '广告屏', 'led屏', '大屏幕', '射灯', '亮化灯', '彩灯', '霓虹灯', '刺眼', '灯光太亮', '晃眼',
      '探照灯', '灯光秀',
    ],
  },
  // Noise (each source its own problem)
  {
    id: 'construction_noise',
    label: '工地施工噪音',
    reach: 'site',
    terms: [
      '施工噪音', '夜间施工', '半夜施工', '深夜施工', '连夜施工', '通宵施工', '工地噪音', '工地吵', '施工扰民', '打桩',
      '打桩机', '挖机', '挖掘机', '搅拌车', '混凝土泵', '泵车', '机器轰鸣', '施工太吵', '施工很吵', '施工声音',
    ],
    near: ['construction_damage', 'dust'],
  },
  {
    id: 'square_dance',
    label: '广场舞噪音',
    reach: 'site',
    terms: [
      '广场舞', '跳广场舞', '跳舞音乐', '跳舞的音响', '跳舞噪音', '广场音乐', '坝坝舞', '健身操', '打腰鼓', '腰鼓',
      '唱歌跳舞', '晚上跳舞', '早上跳舞', '跳舞扰民', '音箱声音',
    ],
  },
  {
    id: 'shop_music',
    label: '商铺音响喇叭噪音',
    reach: 'site',
    terms: [
      '商铺音响', '店铺音响', '门口音响', '店门口放音乐', '大喇叭', '高音喇叭', '喇叭叫卖', '循环播放', '叫卖声',
      '促销喇叭', '录音叫卖', '喊麦', '直播喊', '音响太大', '放歌太大声',
    ],
  },
  {
    id: 'night_snack',
    label: '夜宵摊喧哗',
    reach: 'site',
    terms: [
      '夜宵摊', '宵夜摊', '夜宵店', '吃夜宵', '夜市', '大排档', '露天烧烤', '烧烤摊', '划拳', '猜拳', '喝酒划拳',
      '半夜喝酒', '深夜喧哗', '夜宵吵', '摆桌子到路上',
    ],
    near: ['restaurant_fumes', 'street_vending'],
  },
  {
    id: 'ktv_bar',
    label: '歌厅酒吧噪音',
    reach: 'site',
    terms: [
      'ktv', '歌厅', '酒吧', '清吧', '卡拉ok', '唱k', '深夜唱歌', '唱歌声音', '音乐酒吧', '夜场', '迪厅', '演艺吧',
    ],
  },
  {
    id: 'mahjong',
    label: '麻将馆棋牌室',
    reach: 'site',
    terms: [
      '麻将馆', '棋牌室', '麻将声', '打麻将', '搓麻将', '洗牌声', '麻将机', '赌博', '聚众赌博', '赌钱', '打牌',
      '通宵打牌',
    ],
  },
  {
    id: 'equipment_noise',
    label: '设备噪音',
    reach: 'site',
    terms: [
      '空调外机噪音', '外机噪音', '外机吵', '水泵噪音', '水泵房', '风机噪音', '冷却塔', '变压器噪音', '嗡嗡声',
      '嗡嗡响', '低频噪音', '电梯机房噪音', '排风扇噪音', '抽风机', '发电机', '机房噪音',
    ],
  },
  {
    id: 'family_events_noise',
    label: '红白喜事扰民',
    reach: 'site',
    terms: [
      '红白喜事', '办丧事', '丧事', '灵堂', '哀乐', '放哀乐', '唢呐', '做道场', '办酒', '办酒席', '流水席', '摆酒',
      '搭棚办酒', '锣鼓', '乐队',
    ],
    near: ['fireworks'],
  },
  {
    id: 'fireworks',
    label: '燃放烟花爆竹',
    reach: 'site',
    terms: ['鞭炮', '放鞭炮', '烟花爆竹', '放烟花', '烟花', '礼炮', '燃放', '禁燃', '鞭炮声', '炮竹', '爆竹'],
    near: ['family_events_noise'],
  },
  {
    id: 'animal_noise',
    label: '动物叫声扰民',
    reach: 'site',
    terms: [
      '狗叫', '狗吠', '犬吠', '狗一直叫', '半夜狗叫', '鸡叫', '公鸡打鸣', '打鸣', '鸽子叫', '鸟叫', '猫叫', '青蛙叫',
      '麻拐叫', '狗半夜叫', '狗乱叫', '狗叫个不停',
    ],
    near: ['dog_management', 'stray_animals', 'urban_poultry'],
  },
  // Smells, smoke and pollution
  {
    id: 'restaurant_fumes',
    label: '餐饮油烟',
    reach: 'site',
    terms: [
      '油烟', '油烟味', '油烟直排', '餐饮油烟', '饭店油烟', '餐馆油烟', '排烟管', '烟道', '油烟机', '油烟净化',
      '烧烤烟', '炒菜味', '厨房排烟', '油烟熏', '烟熏火燎',
    ],
    near: ['night_snack'],
  },
  {
    id: 'factory_emission',
    label: '工厂废气异味',
    reach: 'area',
    terms: [
      '废气', '工厂废气', '排放废气', '偷排', '夜间偷排', '化工厂', '工厂排放', '黑烟', '冒黑烟', '烟囱', '工业废气',
      '喷漆房', '油漆味', '沥青味', '塑料味', '橡胶味',
    ],
    near: ['dust'],
  },
  {
    id: 'burning',
    label: '露天焚烧',
    reach: 'site',
    terms: [
      '焚烧', '烧垃圾', '露天焚烧', '烧秸秆', '秸秆焚烧', '烧落叶', '烧纸', '烧东西', '烧轮胎', '烧电线', '呛人',
      '烟雾', '焚烧垃圾',
    ],
  },
  {
    id: 'dust',
    label: '扬尘',
    reach: 'site',
    terms: [
      '扬尘', '灰尘大', '灰大', '粉尘', '灰扑扑', '尘土飞扬', '黄土', '裸土', '裸土覆盖', '降尘', '雾炮', '洒水降尘',
      '工地扬尘', '道路扬尘', '搅拌站', '水泥厂',
    ],
    near: ['construction_noise', 'muck_trucks', 'factory_emission'],
  },
  {
    id: 'river_pollution',
    label: '河塘水体污染和垃圾',
    reach: 'area',
    terms: [
      '河水发黑', '黑臭水体', '河道污染', '水体污染', '排污口', '污水直排', '死鱼', '河水发臭', '池塘发臭', '湖水发臭',
      '水发臭', '偷排污水', '工业废水', '废水', '蓝藻', '水质污染', '河道垃圾', '河里垃圾', '水葫芦', '河道清淤',
      '河道保洁', '水面垃圾', '漂浮物', '河边垃圾',
    ],
    near: ['rural_sewage'],
  },
  {
    id: 'smoking',
    label: '公共场所吸烟',
    reach: 'site',
    terms: ['吸烟', '抽烟', '二手烟', '禁烟', '控烟', '电梯里抽烟', '楼道抽烟', '烟头', '室内吸烟', '公共场所吸烟'],
  },
  {
    id: 'radiation',
    label: '基站高压线辐射',
    reach: 'site',
    terms: ['基站辐射', '辐射', '高压线', '高压电塔', '变电站', '电磁辐射', '高压线塔', '信号塔辐射', '辐射大', '铁塔'],
  },
  // Rubbish and cleaning
  {
    id: 'garbage_pileup',
    label: '垃圾堆积未清运',
    reach: 'site',
    terms: [
      '垃圾堆', '垃圾堆积', '垃圾成堆', '垃圾乱堆', '垃圾没人收', '垃圾不清运', '垃圾清运', '垃圾满了', '垃圾桶满',
      '垃圾溢出', '垃圾遍地', '乱扔垃圾', '乱倒垃圾', '垃圾桶不够', '垃圾桶坏', '垃圾桶太少', '垃圾臭',
    ],
    near: ['garbage_station', 'construction_waste', 'street_cleaning', 'estate_cleaning', 'village_environment', 'waste_recycling'],
  },
  {
    id: 'garbage_station',
    label: '垃圾站中转站',
    reach: 'site',
    terms: [
      '垃圾站', '垃圾中转站', '中转站', '垃圾房', '垃圾屋', '压缩站', '垃圾压缩站', '转运站', '垃圾池', '垃圾站臭',
      '垃圾站选址', '垃圾站搬迁', '垃圾车', '收垃圾车', '垃圾车噪音', '渗滤液',
    ],
    near: ['garbage_pileup'],
  },
  {
    id: 'garbage_sorting',
    label: '垃圾分类投放',
    reach: 'policy',
    terms: [
      '垃圾分类', '定时定点', '定时投放', '撤桶', '撤桶并点', '分类投放', '投放时间', '投放时段', '厨余垃圾',
      '可回收物', '其他垃圾', '有害垃圾', '分类督导', '四分类', '垃圾分类积分', '误时投放',
    ],
  },
  {
    id: 'garbage_fee',
    label: '垃圾处理费',
    reach: 'policy',
    terms: ['垃圾费', '垃圾处理费', '卫生费', '清运费', '环卫费', '垃圾清运费', '收垃圾费'],
  },
  {
    id: 'construction_waste',
    label: '建筑垃圾乱倒',
    reach: 'site',
    terms: [
      '建筑垃圾', '装修垃圾', '偷倒渣土', '乱倒渣土', '渣土乱倒', '偷倒垃圾', '倾倒垃圾', '弃土', '渣土堆',
      '装修垃圾乱堆', '建渣', '砖头瓦块', '偷倒建渣',
    ],
    near: ['garbage_pileup', 'muck_trucks'],
  },
  {
    id: 'street_cleaning',
    label: '道路保洁',
    reach: 'area',
    terms: [
      '环卫', '环卫工', '道路保洁', '马路脏', '路面脏', '街道脏', '没人扫', '清扫不及时', '洒水车', '扫马路',
      '卫生死角', '落叶没人扫', '道路清洗', '路上垃圾',
    ],
    near: ['garbage_pileup', 'estate_cleaning'],
  },
  {
    id: 'waste_recycling',
    label: '废品收购站',
    reach: 'site',
    terms: [
      '废品站', '废品收购', '收废品', '废品回收站', '收购站', '收破烂', '捡垃圾', '囤积垃圾', '堆放废品', '拾荒',
      '废品堆',
    ],
    near: ['garbage_pileup'],
  },
  {
    id: 'public_toilet',
    label: '公共厕所',
    reach: 'site',
    terms: [
      '公厕', '公共厕所', '公共卫生间', '上厕所难', '如厕难', '找不到厕所', '厕所脏', '厕所臭', '厕所关门', '厕所没水',
      '移动厕所', '建公厕', '没有厕所', '厕所太少', '缺厕所',
    ],
    near: ['rural_toilet'],
  },
  {
    id: 'small_ads',
    label: '小广告乱贴',
    reach: 'area',
    terms: [
      '小广告', '牛皮癣', '乱贴', '乱张贴', '乱涂乱画', '喷涂广告', '办证广告', '开锁广告', '电线杆广告', '发传单',
      '传单', '墙上喷', '野广告', '贴小广告',
    ],
  },
  // Drains and 渍水
  {
    id: 'sewage_overflow',
    label: '下水道堵塞污水外溢',
    reach: 'site',
    terms: [
      '下水道', '下水道堵', '下水道堵塞', '下水管', '下水管堵', '排污管', '污水管', '污水外溢', '污水横流', '污水井',
      '冒污水', '化粪池', '化粪池满', '粪水', '返水', '反水', '马桶返水', '地漏返水', '一楼返水', '管道堵塞', '疏通',
      '厕所堵', '马桶堵',
    ],
    near: ['drain_blocked', 'waterlogging', 'rural_sewage'],
  },
  {
    id: 'drain_blocked',
    label: '雨水沟排水不畅',
    reach: 'site',
    terms: [
      '排水沟', '排水沟堵', '雨水口', '雨水篦子', '雨水井', '水沟', '阴沟', '明沟', '排水不畅', '雨水管', '雨水管堵',
      '排水管', '排水管网', '沟里淤泥', '管道清淤', '水沟堵', '落水管', '落水管堵',
    ],
    near: ['waterlogging', 'sewage_overflow'],
  },
  {
    id: 'waterlogging',
    label: '渍水内涝',
    reach: 'site',
    terms: [
      '渍水', '积水', '内涝', '水淹', '淹水', '被淹', '一下雨就淹', '下雨积水', '下雨就淹', '落雨就淹', '落雨渍水',
      '雨水排不出', '水漫进', '泡水', '积水成河', '看海', '车库进水', '地下室进水', '渍水点',
    ],
    near: ['drain_blocked', 'sewage_overflow', 'flood_control'],
  },
  // Trees, green space, parks and public facilities
  {
    id: 'tree_pruning',
    label: '树木遮挡需修剪',
    reach: 'site',
    terms: [
      '修剪', '修剪树木', '修枝', '树太密', '树挡光', '挡阳光', '遮光', '挡窗户', '树枝伸进', '树长进阳台', '树太高',
      '树遮住', '树枝碰', '树枝挡', '树枝刮', '树枝遮挡',
    ],
    near: ['tree_danger', 'tree_pests'],
  },
  {
    id: 'tree_danger',
    label: '枯树倒伏危险',
    reach: 'site',
    terms: [
      '枯枝', '断枝', '倒树', '树倒了', '大树倾斜', '树要倒', '枯树', '死树', '树干空心', '树枝掉', '树枝砸', '砸车',
      '树倒伏', '歪脖子树',
    ],
    near: ['tree_pruning', 'tree_felling'],
  },
  {
    id: 'tree_felling',
    label: '乱砍树木',
    reach: 'site',
    terms: ['砍树', '乱砍', '砍伐', '毁绿', '树被砍', '挖树', '移树', '乱伐', '偷砍', '砍光', '移栽大树', '砍了树'],
    near: ['tree_danger', 'green_maintenance'],
  },
  {
    id: 'tree_pests',
    label: '树木虫害飞絮',
    reach: 'site',
    terms: [
      '毛毛虫', '树上虫', '虫子掉下来', '美国白蛾', '杨絮', '柳絮', '飞絮', '病虫害', '树木虫害', '树上打药', '洋辣子',
    ],
    near: ['tree_pruning', 'pests'],
  },
  {
    id: 'green_vegetable',
    label: '毁绿种菜',
    reach: 'site',
    terms: [
      '毁绿种菜', '种菜', '菜地', '开荒种菜', '私自种菜', '绿地种菜', '浇粪', '淋大粪', '泼粪', '淋粪', '施粪', '粪桶',
    ],
    near: ['green_maintenance', 'illegal_building'],
  },
  {
    id: 'green_maintenance',
    label: '绿化养护差',
    reach: 'area',
    terms: [
      '杂草', '杂草丛生', '草太高', '绿化养护', '绿化差', '绿化带', '草坪', '荒地', '补种', '绿化缺失', '黄土裸露',
      '绿化枯死', '增加绿化', '没有绿化', '绿化带被毁',
    ],
    near: ['green_vegetable', 'tree_felling', 'park'],
  },
  {
    id: 'park',
    label: '公园游园建设维护',
    reach: 'area',
    terms: [
      '建公园', '缺少公园', '没有公园', '公园太少', '口袋公园', '小游园', '游园', '公园设施', '公园维护', '公园管理',
      '游步道', '健身步道', '凉亭', '公园开放时间', '休闲场所', '没地方散步', '活动场地少',
    ],
    near: ['green_maintenance', 'fitness_equipment', 'seating', 'children_play'],
  },
  {
    id: 'fitness_equipment',
    label: '健身器材',
    reach: 'site',
    terms: [
      '健身器材', '健身器械', '健身设施', '器材坏', '器材损坏', '健身器材坏', '单杠', '双杠', '漫步机', '扭腰器',
      '太空漫步', '体育器材', '健身路径', '运动器材', '器材生锈',
    ],
    near: ['park', 'sports_venue'],
  },
  {
    id: 'seating',
    label: '休息座椅',
    reach: 'site',
    terms: [
      '休息座椅', '座椅', '长椅', '坐的地方', '休息凳', '歇脚', '座凳', '石凳', '没地方坐', '椅子坏', '增设座椅',
      '凳子',
    ],
    near: ['park'],
  },
  {
    id: 'children_play',
    label: '儿童游乐设施',
    reach: 'site',
    terms: [
      '儿童游乐', '儿童游乐设施', '滑滑梯', '滑梯', '秋千', '游乐设施', '沙池', '儿童乐园', '小孩玩的地方', '游乐场',
      '蹦床', '儿童活动场地',
    ],
    near: ['park'],
  },
  {
    id: 'sports_venue',
    label: '运动场地',
    reach: 'area',
    terms: [
      '篮球场', '羽毛球场', '足球场', '乒乓球台', '运动场', '体育场', '球场', '体育馆', '全民健身中心', '游泳池',
      '运动场地', '操场开放', '场馆开放',
    ],
    near: ['fitness_equipment'],
  },
  {
    id: 'cultural_facilities',
    label: '文化活动场所',
    reach: 'area',
    terms: [
      '图书馆', '书屋', '农家书屋', '文化站', '文化活动室', '老年活动室', '活动室', '社区活动中心', '文体活动',
      '阅览室', '文化中心', '活动场所',
    ],
  },
  // Animals and pests
  {
    id: 'dog_management',
    label: '文明养犬',
    reach: 'area',
    terms: [
      '遛狗不牵绳', '不牵绳', '不拴绳', '狗绳', '牵狗绳', '狗咬人', '被狗咬', '狗咬伤', '恶犬', '大型犬', '烈性犬',
      '禁养犬', '犬证', '办狗证', '狗吓人', '遛狗', '养狗', '狗屎', '狗粪', '狗便', '宠物粪便', '狗尿', '狗撒尿',
      '踩到狗屎',
    ],
    near: ['animal_noise', 'stray_animals'],
  },
  {
    id: 'stray_animals',
    label: '流浪猫狗',
    reach: 'area',
    terms: [
      '流浪狗', '流浪猫', '流浪犬', '野狗', '野猫', '流浪动物', '投喂流浪猫', '喂流浪猫', '喂野猫', '投喂', '猫叫春',
      '发情叫', '流浪狗咬人', '收容',
    ],
    near: ['dog_management', 'animal_noise'],
  },
  {
    id: 'urban_poultry',
    label: '小区养鸡鸭鸽',
    reach: 'site',
    terms: [
      '养鸡', '养鸭', '养鸽子', '养鸽', '鸽子', '鸽子粪', '鸡鸭', '散养家禽', '家禽', '鸡粪', '阳台养鸡', '楼顶养鸽',
    ],
    near: ['animal_noise', 'livestock_farm'],
  },
  {
    id: 'livestock_farm',
    label: '养殖场污染',
    reach: 'area',
    terms: [
      '养殖场', '养猪场', '猪场', '养猪', '养殖污染', '猪粪', '养殖臭', '牛棚', '养牛', '鸭棚', '养殖废水', '粪污',
    ],
    near: ['urban_poultry'],
  },
  {
    id: 'pests',
    label: '蚊虫鼠害',
    reach: 'area',
    terms: [
      '老鼠', '鼠患', '老鼠多', '蟑螂', '蚊子', '蚊虫', '苍蝇', '白蚁', '消杀', '灭鼠', '灭蚊', '四害', '跳蚤', '臭虫',
      '蚂蚁',
    ],
    near: ['tree_pests'],
  },
  // Markets, shops and street trade
  {
    id: 'street_vending',
    label: '占道经营流动摊贩',
    reach: 'site',
    terms: [
      '占道经营', '流动摊贩', '摆摊', '乱摆摊', '小摊贩', '摊贩', '马路市场', '占道摆摊', '出店经营', '店外经营',
      '跨门经营', '路边摊', '流动摊点', '早市占道', '马路菜场', '堆放商品',
    ],
    near: ['wet_market', 'night_snack', 'auto_repair'],
  },
  {
    id: 'wet_market',
    label: '菜市场环境管理',
    reach: 'site',
    terms: [
      '菜市场脏', '市场脏乱', '市场脏', '市场臭', '市场污水', '市场管理', '菜市场管理', '活禽宰杀', '活禽', '杀鸡',
      '鱼腥味', '菜市场环境', '市场卫生', '农贸市场改造', '菜场改造',
    ],
    near: ['street_vending', 'market_access'],
  },
  {
    id: 'market_access',
    label: '买菜难',
    reach: 'area',
    terms: [
      '买菜难', '买菜不方便', '没有菜市场', '建菜市场', '菜市场太远', '便民市场', '生鲜超市', '菜市场关了',
      '缺少菜市场', '买菜远', '社区菜店',
    ],
    near: ['wet_market'],
  },
  {
    id: 'short_weight',
    label: '缺斤少两价格欺诈',
    reach: 'site',
    terms: [
      '缺斤少两', '短斤缺两', '鬼秤', '秤不准', '假秤', '价格欺诈', '宰客', '明码标价', '强买强卖', '价格虚高',
      '乱涨价', '哄抬物价', '以次充好', '假货',
    ],
  },
  {
    id: 'food_safety',
    label: '食品安全',
    reach: 'site',
    terms: [
      '食品安全', '过期食品', '变质', '吃坏肚子', '食物中毒', '拉肚子', '无证经营', '黑作坊', '地沟油', '三无产品',
      '小作坊', '卫生许可', '健康证', '后厨',
    ],
    near: ['school_meals'],
  },
  {
    id: 'prepaid_refund',
    label: '预付卡退费跑路',
    reach: 'site',
    terms: [
      '预付卡', '办卡', '会员卡', '充值卡', '退费难', '退款难', '跑路', '卷款', '培训机构跑路', '健身房跑路', '美容院',
      '理发店办卡', '储值卡',
    ],
  },
  {
    id: 'billboard',
    label: '广告牌招牌安全',
    reach: 'site',
    terms: [
      '广告牌', '招牌', '店招', '户外广告', '广告牌松动', '招牌掉', '广告牌倾斜', '楼顶广告', '大型广告牌', '招牌脱落',
      '广告牌掉',
    ],
    near: ['facade_falling'],
  },
  {
    id: 'auto_repair',
    label: '汽修洗车店占道污染',
    reach: 'site',
    terms: [
      '汽修店', '修车店', '洗车店', '洗车污水', '汽修喷漆', '占道修车', '修车占道', '补胎', '汽修噪音', '洗车场',
      '修车铺', '路边修车',
    ],
    near: ['street_vending'],
  },
  {
    id: 'elderly_scam',
    label: '骗老人和非法推销',
    reach: 'site',
    terms: [
      '诈骗', '骗老人', '保健品', '推销保健品', '会销', '免费领鸡蛋', '送鸡蛋', '养老诈骗', '骗钱', '传销', '电信诈骗',
      '理财骗局', '非法集资', '养老投资',
    ],
  },
  {
    id: 'parcel_delivery',
    label: '快递收发',
    reach: 'site',
    terms: [
      '快递', '快递柜', '丰巢', '快递驿站', '菜鸟驿站', '驿站', '不送上门', '送货上门', '快递丢了', '快递收费',
      '超时收费', '快递员', '快递车', '取快递', '快递堆放', '快递点',
    ],
  },
  // Construction, planning and housing
  {
    id: 'illegal_building',
    label: '违章建筑和侵占公共区域',
    reach: 'site',
    terms: [
      '违建', '违章建筑', '违法建设', '违章搭建', '私搭乱建', '乱搭乱建', '加建', '加层', '楼顶加盖', '顶楼加盖',
      '搭棚', '铁皮房', '阳光房', '圈地', '拆违', '占用公共区域', '侵占公共区域', '私占公共', '公共区域被占',
      '侵占绿地', '占用绿地', '侵占公共部位', '违章加盖', '私自加盖', '违规加盖',
    ],
    near: ['green_vegetable', 'homestead'],
  },
  {
    id: 'construction_damage',
    label: '施工损坏房屋管线',
    reach: 'unit',
    terms: [
      '施工导致开裂', '施工震动', '施工振动', '震裂', '震坏', '基坑', '深基坑', '基坑开挖', '打桩震动', '挖断',
      '挖断水管', '挖断电缆', '施工损坏', '地铁施工导致', '施工导致裂缝',
    ],
    near: ['house_danger', 'construction_noise'],
  },
  {
    id: 'planning_change',
    label: '规划变更配套不落实',
    reach: 'area',
    terms: [
      '规划变更', '擅自变更规划', '改规划', '规划调整', '配套设施', '配套未落实', '公建配套', '规划公示', '虚假宣传',
      '承诺没兑现', '配套用房', '规划用途', '容积率', '规划许可',
    ],
    near: ['stalled_project', 'new_house_quality'],
  },
  {
    id: 'stalled_project',
    label: '烂尾延期交房',
    reach: 'area',
    terms: [
      '烂尾', '烂尾楼', '延期交房', '逾期交房', '交房', '停工', '保交楼', '项目停工', '开发商跑路', '工地停工',
      '开发商', '复工', '迟迟不交房',
    ],
    near: ['new_house_quality', 'planning_change', 'property_certificate'],
  },
  {
    id: 'property_certificate',
    label: '不动产权证办理',
    reach: 'area',
    terms: [
      '房产证', '不动产证', '不动产权证', '产权证', '办证难', '两证', '土地证', '确权', '网签', '房本', '办不了证',
      '办房产证', '契税',
    ],
    near: ['stalled_project'],
  },
  {
    id: 'demolition',
    label: '征收拆迁补偿',
    reach: 'area',
    terms: [
      '拆迁', '征收', '征拆', '拆迁补偿', '补偿款', '安置房', '还建房', '回迁', '过渡费', '强拆', '拆迁安置',
      '棚改安置',
    ],
    near: ['old_estate_renovation', 'land_acquisition'],
  },
  {
    id: 'public_housing',
    label: '公租房保障房',
    reach: 'policy',
    terms: [
      '公租房', '廉租房', '保障房', '保障性住房', '人才公寓', '租赁补贴', '住房补贴', '申请公租房', '轮候', '配租',
      '保障性租赁住房', '公租房分配',
    ],
  },
  {
    id: 'housing_fund',
    label: '住房公积金',
    reach: 'policy',
    terms: ['公积金', '住房公积金', '提取公积金', '公积金贷款', '公积金缴存', '公积金提取', '公积金账户', '公积金比例'],
  },
  // Public safety
  {
    id: 'fire_lane',
    label: '消防通道堵塞',
    reach: 'site',
    terms: [
      '消防通道', '生命通道', '消防车道', '堵塞消防通道', '占用消防通道', '消防通道被占', '消防通道停车', '安全通道',
      '疏散通道', '安全出口堵', '消防车进不来', '消防登高面',
    ],
    near: ['stairwell_clutter', 'illegal_parking'],
  },
  {
    id: 'fire_equipment',
    label: '消防设施损坏缺失',
    reach: 'site',
    terms: [
      '灭火器', '消火栓', '消防栓', '消防设施', '消防器材', '喷淋', '烟感', '消防水带', '消防水箱', '消防没水',
      '应急灯', '安全出口灯', '消防门', '防火门', '消防设备',
    ],
  },
  {
    id: 'dangerous_goods',
    label: '危险品和瓶装液化气',
    reach: 'site',
    terms: [
      '危化品', '危险品', '易燃易爆', '私存汽油', '散装汽油', '危险化学品', '违规存放', '液化气', '煤气罐', '液化气罐',
      '瓶装气', '液化气瓶', '煤气瓶', '钢瓶', '黑气站', '液化气站',
    ],
    near: ['gas_leak'],
  },
  {
    id: 'theft',
    label: '盗窃',
    reach: 'area',
    terms: [
      '被偷', '小偷', '盗窃', '偷东西', '偷电动车', '电瓶被偷', '电动车被偷', '车被偷', '失窃', '入室盗窃', '撬门',
      '撬锁', '扒窃', '偷电缆', '偷井盖', '偷菜',
    ],
    near: ['cctv', 'estate_security'],
  },
  {
    id: 'public_order',
    label: '治安和打架滋事',
    reach: 'site',
    terms: [
      '治安', '治安差', '打架', '打架斗殴', '闹事', '醉酒闹事', '寻衅滋事', '混混', '社会青年', '聚众', '喝醉酒',
      '巡逻', '耍酒疯', '流浪汉',
    ],
  },
  {
    id: 'water_safety',
    label: '防溺水',
    reach: 'site',
    terms: [
      '溺水', '防溺水', '河边护栏', '水塘危险', '野泳', '游泳危险', '深水区', '救生圈', '水边警示牌', '下河游泳',
      '淹死', '有人落水', '掉进水里',
    ],
  },
  {
    id: 'geohazard',
    label: '山体滑坡边坡',
    reach: 'site',
    terms: [
      '山体滑坡', '滑坡', '塌方', '边坡', '挡土墙', '护坡', '落石', '泥石流', '山体塌方', '地质灾害', '边坡垮塌',
      '土坡', '山体垮塌',
    ],
  },
  // Schools and children
  {
    id: 'school_enrollment',
    label: '入学和学区划分',
    reach: 'policy',
    terms: [
      '学区', '学区划分', '划片', '对口学校', '就近入学', '入学', '上学难', '学位', '学位紧张', '学籍', '招生',
      '积分入学', '随迁子女', '入学条件', '没有学位', '入学政策',
    ],
    near: ['school_construction', 'kindergarten'],
  },
  {
    id: 'school_construction',
    label: '学校建设不足',
    reach: 'area',
    terms: [
      '建学校', '新建学校', '配建学校', '学校建设', '学校太远', '缺学校', '没有学校', '小学不够', '中学不够',
      '学校配套', '学校扩建', '学校选址', '学校开工', '学校建成',
    ],
    near: ['school_enrollment', 'kindergarten', 'rural_school'],
  },
  {
    id: 'kindergarten',
    label: '入园难和幼儿园收费',
    reach: 'area',
    terms: [
      '入园难', '普惠园', '普惠性幼儿园', '公办园', '公办幼儿园', '民办园', '幼儿园学位', '入托', '上幼儿园',
      '幼儿园太远', '幼儿园不够', '幼儿园收费', '保教费', '幼儿园学费', '入园报名',
    ],
    near: ['school_enrollment', 'school_construction', 'childcare'],
  },
  {
    id: 'childcare',
    label: '托育和生育支持',
    reach: 'policy',
    terms: [
      '托育', '托育机构', '托儿所', '托班', '婴幼儿照护', '托育补贴', '带孩子没人', '没人带孩子', '育儿补贴',
      '生育补贴', '生育津贴', '产假', '生育保险',
    ],
    near: ['kindergarten'],
  },
  {
    id: 'after_school',
    label: '课后服务和放学时间',
    reach: 'policy',
    terms: [
      '课后服务', '课后托管', '延时服务', '放学早', '放学时间', '托管班', '作业多', '作业负担', '双减', '周末补课',
      '寒暑假托管', '暑托班', '有偿补课', '三点半难题', '三点半放学',
    ],
    near: ['school_charges'],
  },
  {
    id: 'school_charges',
    label: '学校收费',
    reach: 'policy',
    terms: [
      '学校收费', '学校乱收费', '课后服务费', '校服费', '资料费', '教辅资料', '代收费', '赞助费', '择校费', '学杂费',
      '班费', '借读费',
    ],
    near: ['after_school'],
  },
  {
    id: 'school_meals',
    label: '学校食堂供餐',
    reach: 'site',
    terms: [
      '学校食堂', '食堂饭菜', '学生餐', '营养餐', '午餐', '饭菜质量', '配餐', '校餐', '午托', '小饭桌', '学生吃饭',
      '食堂卫生', '伙食费',
    ],
    near: ['food_safety'],
  },
  {
    id: 'bullying',
    label: '校园欺凌和体罚',
    reach: 'site',
    terms: [
      '校园欺凌', '霸凌', '欺凌', '被欺负', '学生打架', '校园暴力', '勒索学生', '孩子被打', '体罚', '变相体罚',
      '老师打学生', '辱骂学生',
    ],
    near: ['school_surroundings'],
  },
  {
    id: 'school_surroundings',
    label: '校园周边环境',
    reach: 'site',
    terms: [
      '校园周边', '学校周边', '网吧', '游戏厅', '三无零食', '辣条', '小卖部', '学生安全', '校门口摊贩', '校园安全',
    ],
    near: ['school_traffic', 'bullying'],
  },
  {
    id: 'rural_school',
    label: '农村学校和上学远',
    reach: 'area',
    terms: [
      '撤点并校', '上学路远', '上学太远', '校车', '教学点', '乡村学校', '农村学校', '寄宿', '留守儿童', '乡村教师',
      '代课老师', '村小学', '村级小学',
    ],
    near: ['school_construction'],
  },
  // Health and medical insurance
  {
    id: 'primary_care',
    label: '社区卫生服务',
    reach: 'area',
    terms: [
      '社区医院', '社区卫生服务中心', '社区卫生服务站', '乡镇卫生院', '村卫生室', '卫生室', '村医', '乡村医生',
      '家庭医生', '看病远', '看病不方便', '没有诊所', '诊所', '社区门诊',
    ],
    near: ['hospital_service'],
  },
  {
    id: 'hospital_service',
    label: '医院就诊服务',
    reach: 'site',
    terms: [
      '挂号难', '挂号', '看病排队', '候诊', '医生态度', '护士态度', '医院收费', '过度医疗', '乱开药', '乱检查',
      '看专家', '医院停车', '陪护', '住院难', '床位紧张', '医疗纠纷', '急救', '救护车',
    ],
    near: ['primary_care'],
  },
  {
    id: 'medical_insurance_fee',
    label: '医保缴费',
    reach: 'policy',
    terms: [
      '医保', '医保缴费', '医保费', '医保涨价', '医保费上涨', '居民医保', '城乡居民医保', '医疗保险', '交医保',
      '医保太贵', '医保断缴', '医保参保',
    ],
    near: ['medical_insurance_claims', 'social_insurance'],
  },
  {
    id: 'medical_insurance_claims',
    label: '医保报销',
    reach: 'policy',
    terms: [
      '医保报销', '报销比例', '报销', '异地就医', '异地报销', '门诊报销', '慢特病', '门特', '慢性病', '医保卡',
      '医保电子凭证', '大病保险', '医保目录', '起付线', '医保结算',
    ],
    near: ['medical_insurance_fee', 'pharmacy'],
  },
  {
    id: 'pharmacy',
    label: '药品和药店',
    reach: 'site',
    terms: [
      '买药难', '药店', '药价', '药贵', '缺药', '药品短缺', '买不到药', '医保药店', '定点药店', '药品价格', '处方药',
    ],
    near: ['medical_insurance_claims'],
  },
  {
    id: 'vaccination',
    label: '疫苗接种',
    reach: 'site',
    terms: ['疫苗', '接种', '打疫苗', '预防针', '接种点', '疫苗预约', '九价', 'hpv', '狂犬疫苗', '疫苗短缺'],
  },
  // Social security, elderly, disability
  {
    id: 'social_insurance',
    label: '社保缴费',
    reach: 'policy',
    terms: [
      '社保', '社保缴费', '灵活就业社保', '社保断缴', '补缴', '补缴社保', '社保转移', '社保卡', '缴费基数', '缴费年限',
      '社保费', '社保涨', '参保', '社保补贴',
    ],
    near: ['medical_insurance_fee', 'pension'],
  },
  {
    id: 'pension',
    label: '养老金',
    reach: 'policy',
    terms: [
      '养老金', '养老保险', '退休金', '基础养老金', '城乡居民养老保险', '养老金太低', '养老金调整', '领取养老金',
      '退休手续', '办退休', '退休年龄', '养老金待遇', '养老金发放',
    ],
    near: ['social_insurance', 'elderly_allowance'],
  },
  {
    id: 'minimum_living',
    label: '低保和困难救助',
    reach: 'policy',
    terms: [
      '低保', '低保户', '特困', '特困供养', '五保户', '临时救助', '困难救助', '社会救助', '困难家庭', '低收入家庭',
      '申请低保', '取消低保', '救助金', '低保金', '孤儿',
    ],
    near: ['disability_benefits', 'elderly_allowance'],
  },
  {
    id: 'disability_benefits',
    label: '残疾人补贴和服务',
    reach: 'policy',
    terms: [
      '残疾证', '残疾补贴', '两项补贴', '护理补贴', '重度残疾', '残联', '残疾评定', '评残', '残疾人补助', '辅具',
      '辅助器具', '康复服务', '残疾人就业', '残疾儿童康复', '残疾人证',
    ],
    near: ['accessibility', 'minimum_living'],
  },
  {
    id: 'accessibility',
    label: '无障碍设施',
    reach: 'site',
    terms: [
      '无障碍', '无障碍通道', '无障碍设施', '无障碍坡道', '坡道', '轮椅', '轮椅通行', '盲道', '盲道被占',
      '无障碍卫生间', '无障碍电梯', '台阶太高', '推轮椅',
    ],
    near: ['sidewalk', 'disability_benefits', 'elderly_retrofit'],
  },
  {
    id: 'elderly_canteen',
    label: '老年食堂助餐',
    reach: 'area',
    terms: [
      '老年食堂', '长者食堂', '助餐', '老人吃饭', '老人吃饭难', '助餐点', '社区食堂', '老年餐', '送餐上门', '助老餐',
    ],
    near: ['elderly_home_care'],
  },
  {
    id: 'elderly_home_care',
    label: '居家社区养老服务',
    reach: 'area',
    terms: [
      '居家养老', '社区养老', '日间照料', '日间照料中心', '养老服务中心', '独居老人', '空巢老人', '老人没人照顾',
      '上门服务', '助浴', '老人关爱',
    ],
    near: ['elderly_canteen', 'nursing_home', 'elderly_retrofit'],
  },
  {
    id: 'nursing_home',
    label: '养老院床位',
    reach: 'area',
    terms: [
      '养老院', '敬老院', '养老机构', '护理院', '养老床位', '失能老人', '失能', '半失能', '公办养老院', '养老院收费',
      '养老院太贵', '进养老院', '医养结合',
    ],
    near: ['elderly_home_care'],
  },
  {
    id: 'elderly_allowance',
    label: '高龄津贴老年补贴',
    reach: 'policy',
    terms: [
      '高龄津贴', '高龄补贴', '老年补贴', '老人补贴', '百岁老人', '尊老金', '养老服务补贴', '长寿补贴', '老年优待',
      '老年证',
    ],
    near: ['pension', 'minimum_living'],
  },
  // Work
  {
    id: 'job_seeking',
    label: '就业岗位',
    reach: 'area',
    terms: [
      '找工作', '找不到工作', '就业', '就业岗位', '招聘', '招聘会', '公益性岗位', '公益岗', '零工市场', '打零工',
      '零工', '就业难', '家门口就业', '工作难找', '失业',
    ],
    near: ['employment_support'],
  },
  {
    id: 'employment_support',
    label: '就业创业扶持',
    reach: 'policy',
    terms: [
      '失业金', '失业保险', '失业保险金', '失业补助', '失业登记', '稳岗补贴', '就业补贴', '技能培训', '职业培训',
      '免费培训', '培训补贴', '职业技能', '创业', '创业贷款', '创业担保贷款', '创业补贴', '个体户', '营业执照',
      '贴息贷款',
    ],
    near: ['job_seeking'],
  },
  {
    id: 'wage_arrears',
    label: '拖欠工资',
    reach: 'site',
    terms: [
      '欠薪', '拖欠工资', '讨薪', '不发工资', '工资拖欠', '农民工工资', '欠工资', '克扣工资', '工钱', '包工头',
      '拿不到工资', '工资不发', '讨工资',
    ],
    near: ['labour_rights'],
  },
  {
    id: 'labour_rights',
    label: '劳动权益',
    reach: 'site',
    terms: [
      '劳动合同', '不签合同', '辞退', '被辞退', '加班费', '强制加班', '工伤', '工伤认定', '不交社保', '最低工资',
      '试用期', '劳务派遣', '经济补偿',
    ],
    near: ['wage_arrears'],
  },
  // Telecom
  {
    id: 'mobile_signal',
    label: '手机信号差',
    reach: 'area',
    terms: [
      '信号差', '手机信号', '没信号', '信号弱', '信号不好', '5g信号', '4g信号', '打不通电话', '基站', '建基站',
      '移动信号', '电信信号', '联通信号', '手机没信号', '信号覆盖',
    ],
  },
  {
    id: 'broadband',
    label: '宽带和有线电视',
    reach: 'unit',
    terms: [
      '宽带', '光纤', '网速慢', '网速', '宽带安装', '装宽带', '宽带报装', '断网', '网络故障', '光猫', 'wifi',
      '宽带垄断', '只能装', '宽带进场', '网络差', '有线电视', '机顶盒', '电视信号',
    ],
    near: ['telecom_billing'],
  },
  {
    id: 'telecom_billing',
    label: '通信乱扣费',
    reach: 'policy',
    terms: [
      '话费', '扣费', '乱扣费', '营业厅', '流量费', '携号转网', '宽带费', '强制升级套餐', '销号', '增值业务',
      '话费套餐', '流量套餐',
    ],
    near: ['broadband'],
  },
  // Rural matters
  {
    id: 'irrigation',
    label: '农田灌溉',
    reach: 'area',
    terms: [
      '灌溉', '灌溉渠', '水渠', '农田水利', '水利', '抽水机', '机埠', '排灌', '农田灌溉', '缺水灌溉', '干旱', '河坝',
      '灌溉用水', '水利设施', '泵站',
    ],
    near: ['pond', 'farmland', 'flood_control'],
  },
  {
    id: 'pond',
    label: '山塘水库',
    reach: 'area',
    terms: [
      '山塘', '山塘清淤', '塘坝', '水塘', '山塘漏水', '山塘垮', '塘堤', '病险山塘', '水库', '小水库', '除险加固',
      '山塘维修', '塘基', '山塘承包',
    ],
    near: ['irrigation', 'flood_control'],
  },
  {
    id: 'flood_control',
    label: '防汛河堤',
    reach: 'area',
    terms: [
      '防汛', '河堤', '堤坝', '堤防', '溃堤', '防洪', '洪水', '涨水', '淹田', '排涝', '撇洪渠', '防洪堤', '决堤',
      '汛期',
    ],
    near: ['pond', 'waterlogging', 'irrigation'],
  },
  {
    id: 'farmland',
    label: '耕地农田保护',
    reach: 'area',
    terms: [
      '农田', '耕地', '基本农田', '撂荒', '抛荒', '高标准农田', '占用耕地', '田地', '稻田', '种田', '农田被占', '田埂',
      '耕地保护', '农田建设',
    ],
    near: ['irrigation', 'land_transfer'],
  },
  {
    id: 'land_transfer',
    label: '土地流转承包',
    reach: 'area',
    terms: [
      '土地流转', '流转费', '土地租金', '流转土地', '土地承包', '承包地', '承包合同', '土地纠纷', '流转合同',
      '土地流转费',
    ],
    near: ['farmland', 'land_acquisition'],
  },
  {
    id: 'land_acquisition',
    label: '征地补偿',
    reach: 'area',
    terms: [
      '征地', '征地补偿', '土地补偿', '青苗补偿', '青苗费', '安置补偿', '被征地农民', '失地农民', '征地社保', '留用地',
      '征地款',
    ],
    near: ['demolition', 'land_transfer'],
  },
  {
    id: 'homestead',
    label: '宅基地和农村建房',
    reach: 'site',
    terms: [
      '宅基地', '农村建房', '建房审批', '自建房', '批地', '一户一宅', '翻建', '建房手续', '宅基地审批', '建房难',
      '农房改造', '危房改造',
    ],
    near: ['illegal_building'],
  },
  {
    id: 'agri_subsidy',
    label: '农业补贴',
    reach: 'policy',
    terms: [
      '种粮补贴', '耕地地力补贴', '地力补贴', '农机补贴', '惠农补贴', '农业补贴', '种植补贴', '惠农资金', '粮食补贴',
      '良种补贴', '惠农一卡通',
    ],
  },
  {
    id: 'wildlife_crops',
    label: '野猪毁庄稼',
    reach: 'site',
    terms: ['野猪', '野猪拱', '糟蹋庄稼', '庄稼被毁', '毁庄稼', '野兽', '猴子', '野生动物', '毒蛇', '庄稼被吃'],
  },
  {
    id: 'rural_drinking_water',
    label: '农村饮水',
    reach: 'area',
    terms: [
      '安全饮水', '饮水工程', '吃水难', '喝水难', '通自来水', '自来水入户', '自来水没通', '井水', '水井', '山泉水',
      '农村供水', '自来水管网延伸', '水厂', '农村饮水',
    ],
    near: ['water_outage'],
  },
  {
    id: 'rural_sewage',
    label: '农村生活污水',
    reach: 'area',
    terms: [
      '农村生活污水', '生活污水', '污水乱排', '污水处理站', '污水处理设施', '污水沟', '污水处理', '污水管网',
      '户用污水',
    ],
    near: ['sewage_overflow', 'river_pollution', 'rural_toilet'],
  },
  {
    id: 'rural_toilet',
    label: '农村改厕',
    reach: 'area',
    terms: ['改厕', '旱厕', '户厕', '厕所改造', '厕所革命', '三格式化粪池', '化粪池抽粪', '抽粪', '粪池', '改厕补贴'],
    near: ['public_toilet', 'rural_sewage'],
  },
  {
    id: 'village_environment',
    label: '农村人居环境',
    reach: 'area',
    terms: [
      '人居环境', '村容村貌', '农村垃圾', '垃圾收集点', '柴草堆', '房前屋后', '美丽乡村', '屋场环境', '村庄清洁',
      '农村环境',
    ],
    near: ['garbage_pileup'],
  },
  {
    id: 'village_finance',
    label: '村务财务公开',
    reach: 'area',
    terms: [
      '村务公开', '财务公开', '村账', '集体资金', '集体收入', '分红', '集体经济', '村集体', '集体土地收益',
      '账目不公开', '村级财务', '村集体收益',
    ],
  },
  // Government services and other
  {
    id: 'government_service',
    label: '政务办事难和作风',
    reach: 'policy',
    terms: [
      '办事难', '办事大厅', '政务服务', '政务中心', '政务服务中心', '跑多次', '跑断腿', '一网通办', '开证明', '证明多',
      '材料多', '办事排队', '网上办事', '预约难', '盖章难', '推诿扯皮', '踢皮球', '门难进', '脸难看', '懒政',
    ],
    near: ['hukou'],
  },
  {
    id: 'hukou',
    label: '户籍证件办理',
    reach: 'policy',
    terms: ['户口', '落户', '户籍', '迁户口', '户口迁移', '身份证', '居住证', '集体户', '户口本', '上户口', '办身份证'],
    near: ['government_service'],
  },
  {
    id: 'cemetery',
    label: '公墓殡葬',
    reach: 'policy',
    terms: [
      '公墓', '墓地', '墓位', '骨灰堂', '安葬', '殡葬费', '乱埋乱葬', '散埋乱葬', '殡仪馆', '墓地价格', '祭扫',
      '殡葬改革',
    ],
  },
];

/**
 * Generic rewriting before matching: 长沙话 and 口语 to standard words, frequent typos to the right
 * character, traditional to simplified for common characters of complaints. Pairs [from, to],
 * applied longest first. Only rewrites that can never change the meaning of an ordinary text.
 *
 * Decided, and why (a rewrite runs on every text, so a wrong one corrupts words everywhere):
 * - 冇 is only ever dialect (没); 冇得 is 没有.
 * - 么子 alone is NOT rewritten: 什么子女 would become 什什么女. Only 么子 after a verb or before a
 *   noun it always goes with (搞么子, 为么子, 么子时候 …) is.
 * - 落雨 is NOT rewritten: 角落雨水管 would become 角下雨水管. The terms that need it say 落雨 themselves
 *   (落雨就淹, 落雨就漏).
 * - 咯 is NOT removed (咯血 is a word); 咯里, 咯只, 咯个 … (这里, 这个) are rewritten.
 * - 哒 (了) is rewritten only after the verbs complaints use (坏哒, 停哒, 堵哒 …): 哒哒 is a sound.
 * - NOT rewritten, because an ordinary text contains them across two words: 何解 (如何解决), 木有
 *   (树木有), 米有 (大米有), 没得 (没得到), 灰常 (烟灰常常), 酱紫 (酱紫色), 的士 (的士兵), 堂客 (食堂客流),
 *   困觉 (贫困觉得), 夜饭 (年夜饭), 公汽 (办公汽车), 躁音 (烦躁音乐).
 * - Traditional characters: only those that never stand in simplified text (乾, 著, 藉, 瞭, 於, 餘, 徵,
 *   覆, 帳 stay as they are: each is an ordinary simplified character too).
 * Keep every `to` free of any `from`, so the result does not depend on the order (the test checks).
 */
export const REWRITES: readonly (readonly [string, string])[] = [
  // 长沙话 and 口语
  ['么子时候', '什么时候'],
  ['冇么子', '没什么'],
  ['搞么子', '干什么'],
  ['做么子', '做什么'],
  ['为么子', '为什么'],
  ['是么子', '是什么'],
  ['有么子', '有什么'],
  ['么子事', '什么事'],
  ['细伢子', '小孩子'],
  ['咋回事', '怎么回事'],
  ['恰夜宵', '吃夜宵'],
  ['恰宵夜', '吃宵夜'],
  ['搞卫生', '打扫卫生'],
  ['电瓶车', '电动车'],
  ['冇得', '没有'],
  ['伢子', '孩子'],
  ['细伢', '小孩'],
  ['妹陀', '女孩'],
  ['妹坨', '女孩'],
  ['嗲嗲', '爷爷'],
  ['娭毑', '奶奶'],
  ['嗳毑', '奶奶'],
  ['晓得', '知道'],
  ['睏觉', '睡觉'],
  ['恰饭', '吃饭'],
  ['咯里', '这里'],
  ['咯只', '这个'],
  ['咯个', '这个'],
  ['咯些', '这些'],
  ['咯样', '这样'],
  ['咯边', '这边'],
  ['坏哒', '坏了'],
  ['停哒', '停了'],
  ['堵哒', '堵了'],
  ['烂哒', '烂了'],
  ['断哒', '断了'],
  ['漏哒', '漏了'],
  ['塌哒', '塌了'],
  ['死哒', '死了'],
  ['满哒', '满了'],
  ['倒哒', '倒了'],
  ['掉哒', '掉了'],
  ['淹哒', '淹了'],
  ['黑哒', '黑了'],
  ['臭哒', '臭了'],
  ['冇哒', '没了'],
  ['好哒', '好了'],
  ['咋办', '怎么办'],
  ['咋整', '怎么办'],
  ['咋搞', '怎么弄'],
  ['啥子', '什么'],
  ['咱们', '我们'],
  ['电驴', '电动车'],
  ['wi-fi', 'wifi'],
  // frequent typos
  ['拉圾', '垃圾'],
  ['垃极', '垃圾'],
  ['垃级', '垃圾'],
  ['噪声', '噪音'],
  ['燥音', '噪音'],
  ['投述', '投诉'],
  ['冇', '没'],
  ['啥', '什么'],
  ['俺', '我'],
  // traditional characters of complaints
  ['電', '电'], ['燈', '灯'], ['車', '车'], ['區', '区'], ['號', '号'], ['樓', '楼'], ['棟', '栋'], ['單', '单'],
  ['門', '门'], ['廣', '广'], ['場', '场'], ['聲', '声'], ['響', '响'], ['聽', '听'], ['運', '运'], ['動', '动'],
  ['鄰', '邻'], ['處', '处'], ['裝', '装'], ['設', '设'], ['違', '违'], ['築', '筑'], ['環', '环'], ['衛', '卫'],
  ['業', '业'], ['費', '费'], ['體', '体'], ['壞', '坏'], ['積', '积'], ['氣', '气'], ['煙', '烟'], ['殘', '残'],
  ['醫', '医'], ['學', '学'], ['園', '园'], ['兒', '儿'], ['紅', '红'], ['綠', '绿'], ['標', '标'], ['準', '准'],
  ['錢', '钱'], ['買', '买'], ['賣', '卖'], ['開', '开'], ['關', '关'], ['問', '问'], ['題', '题'], ['難', '难'],
  ['寫', '写'], ['說', '说'], ['話', '话'], ['請', '请'], ['謝', '谢'], ['這', '这'], ['個', '个'], ['們', '们'],
  ['來', '来'], ['時', '时'], ['間', '间'], ['長', '长'], ['東', '东'], ['馬', '马'], ['橋', '桥'], ['樹', '树'],
  ['塊', '块'], ['汙', '污'], ['噁', '恶'], ['蟲', '虫'], ['貓', '猫'], ['養', '养'], ['飯', '饭'], ['館', '馆'],
  ['廁', '厕'], ['網', '网'], ['線', '线'], ['綫', '线'], ['訊', '讯'], ['鐵', '铁'], ['約', '约'], ['貨', '货'],
  ['遞', '递'], ['櫃', '柜'], ['圖', '图'], ['書', '书'], ['機', '机'], ['備', '备'], ['護', '护'], ['險', '险'],
  ['災', '灾'], ['滅', '灭'], ['應', '应'], ['飛', '飞'], ['拋', '抛'], ['墜', '坠'], ['樣', '样'], ['蓋', '盖'],
  ['擋', '挡'], ['擾', '扰'], ['鬧', '闹'], ['夠', '够'], ['燒', '烧'], ['攤', '摊'], ['點', '点'], ['廢', '废'],
  ['舊', '旧'], ['邊', '边'], ['溝', '沟'], ['壩', '坝'], ['莊', '庄'], ['農', '农'], ['種', '种'], ['糧', '粮'],
  ['補', '补'], ['貼', '贴'], ['資', '资'], ['勞', '劳'], ['務', '务'], ['證', '证'], ['辦', '办'], ['續', '续'],
  ['級', '级'], ['價', '价'], ['漲', '涨'], ['錯', '错'], ['誤', '误'], ['聯', '联'], ['繫', '系'], ['係', '系'],
  ['麼', '么'], ['麽', '么'], ['裡', '里'], ['裏', '里'], ['後', '后'], ['發', '发'], ['進', '进'], ['過', '过'],
  ['還', '还'], ['遠', '远'], ['嚴', '严'], ['決', '决'], ['況', '况'], ['經', '经'], ['據', '据'], ['給', '给'],
  ['讓', '让'], ['對', '对'], ['為', '为'], ['爲', '为'], ['無', '无'], ['會', '会'], ['與', '与'], ['從', '从'],
  ['眾', '众'], ['衆', '众'], ['條', '条'], ['層', '层'], ['頂', '顶'], ['牆', '墙'], ['戶', '户'], ['滲', '渗'],
  ['壓', '压'], ['斷', '断'], ['熱', '热'], ['溫', '温'], ['濕', '湿'], ['漬', '渍'], ['澇', '涝'], ['緊', '紧'],
  ['擠', '挤'], ['擁', '拥'], ['罰', '罚'], ['駛', '驶'], ['駕', '驾'], ['輛', '辆'], ['輪', '轮'], ['隊', '队'],
  ['鐘', '钟'], ['幾', '几'], ['鋪', '铺'], ['舖', '铺'], ['佔', '占'], ['魚', '鱼'], ['雞', '鸡'], ['鴨', '鸭'],
  ['豬', '猪'], ['殺', '杀'], ['傳', '传'], ['蠅', '蝇'], ['狀', '状'], ['態', '态'], ['礙', '碍'], ['寬', '宽'],
  ['頻', '频'], ['視', '视'], ['鎮', '镇'], ['鄉', '乡'], ['組', '组'], ['縣', '县'], ['廠', '厂'], ['盜', '盗'],
  ['竊', '窃'], ['詐', '诈'], ['騙', '骗'], ['銷', '销'], ['貸', '贷'], ['傷', '伤'], ['歲', '岁'], ['齡', '龄'],
  ['殯', '殡'], ['墳', '坟'], ['壽', '寿'], ['賬', '账'], ['員', '员'], ['廳', '厅'], ['劃', '划'], ['規', '规'],
  ['範', '范'], ['圍', '围'], ['欄', '栏'], ['識', '识'], ['橫', '横'], ['側', '侧'], ['託', '托'], ['療', '疗'],
  ['診', '诊'], ['藥', '药'], ['噴', '喷'], ['淨', '净'], ['潔', '洁'], ['髒', '脏'], ['亂', '乱'], ['碼', '码'],
  ['導', '导'], ['遊', '游'], ['讀', '读'], ['課', '课'], ['師', '师'], ['嬰', '婴'], ['貧', '贫'], ['窮', '穷'],
  ['濟', '济'], ['雜', '杂'], ['臺', '台'], ['颱', '台'], ['檯', '台'], ['麵', '面'], ['鬆', '松'], ['棄', '弃'],
  ['歡', '欢'], ['閘', '闸'], ['鎖', '锁'], ['鑰', '钥'], ['監', '监'], ['頭', '头'], ['攝', '摄'], ['幹', '干'],
  ['實', '实'], ['際', '际'], ['現', '现'], ['將', '将'], ['總', '总'], ['當', '当'], ['歸', '归'], ['齊', '齐'],
  ['顯', '显'], ['計', '计'], ['調', '调'], ['報', '报'], ['選', '选'], ['舉', '举'], ['權', '权'], ['產', '产'],
  ['屬', '属'], ['簽', '签'], ['稅', '税'], ['輔', '辅'], ['嗎', '吗'], ['聞', '闻'],
];

/** Words that name no problem and no place and should not count as evidence of similarity
 * (我们, 希望, 反映, 问题, 严重, 领导, 代表, 解决, 谢谢, 一下, 非常 …): single words/characters.
 *
 * Also the names of a nuisance without its source (噪音, 扰民, 臭味, 异味, 隐患): 广场舞 and 装修 are two
 * problems however loud both are, and the concept's own terms carry the source. The engine removes
 * these from the words it compares after the terms are read, so a filler inside a term (生活污水,
 * 经常停水) does no harm; a filler must not be a word whose removal leaves a misleading remainder.
 */
export const FILLER_WORDS: readonly string[] = [
  // people and addressing
  '我们', '你们', '他们', '大家', '本人', '居民', '群众', '老百姓', '百姓', '市民', '业主', '住户', '领导', '代表',
  '人大代表', '政府', '部门', '相关部门', '有关部门', '工作人员', '您好', '你好', '尊敬', '各位', '同志',
  // asking and thanking
  '希望', '反映', '反应', '建议', '呼吁', '要求', '请求', '恳请', '投诉', '举报', '反馈', '意见', '诉求', '解决',
  '处理', '帮忙', '帮助', '麻烦', '谢谢', '感谢', '辛苦', '关注', '重视', '落实', '协调', '督促', '催促', '回复',
  '答复', '尽快', '及时', '马上', '赶快', '早日', '管一管', '看一看', '想办法',
  // degree, time and frequency
  '问题', '情况', '严重', '非常', '特别', '十分', '极其', '真的', '实在', '确实', '强烈', '迫切', '一直', '总是',
  '经常', '每天', '天天', '多次', '好几次', '反复', '长期', '已经', '现在', '目前', '最近', '今年', '去年',
  '很多', '许多', '一些', '好多', '一下',
  // effects in general
  '影响', '生活', '日常', '正常', '方便', '困扰', '烦恼', '苦恼', '麻烦事', '无人管', '没人管', '不管不问',
  '隐患', '安全隐患', '噪音', '扰民', '臭味', '异味',
  // function words
  '什么', '怎么', '为什么', '这个', '那个', '没有', '不是', '就是', '但是', '因为', '所以', '而且', '还有',
  '如果', '可以', '能够', '应该', '需要', '希望能', '的', '了', '是', '在', '和', '也', '都', '就', '又',
  '啊', '呀', '吧', '呢', '嘛', '哦', '啦', '哈', '咯', '哒', '噻', '嘞', '喽',
];

/** Suffixes that end a place name in residents' writing (小区, 社区, 花园, 新村, 村, 组, 路, 街, 巷, 大道,
 * 广场, 公园, 市场, 菜市场, 小学, 中学, 幼儿园, 医院, 地铁站, 公交站, 站, 桥, 苑, 府, 城, 院, 宿舍, 家属区,
 * 山庄, 大厦, 公寓, 商场, 超市, 学校, 湖, 山, 塘, 栋, 单元, 号楼, 门 …), longest first.
 *
 * Left out on purpose: characters that end too many ordinary words (坡: 边坡, 坪: 草坪, 冲: 冲击钻, 湾:
 * 港湾, 居: 邻居, 里: 这里, 中心: 活动中心), and facility words that are problems as much as places
 * (停车场, 图书馆, 体育馆).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  '卫生服务中心',
  '农贸市场', '安置小区',
  '家属区', '菜市场', '地铁站', '公交站', '幼儿园', '卫生院', '派出所', '立交桥', '居委会', '村委会', '安置区',
  '工业园', '产业园', '科技园',
  '号楼', '单元', '小区', '社区', '花园', '新村', '大道', '广场', '公园', '市场', '小学', '中学', '大学', '学院',
  '学校', '医院', '宿舍', '山庄', '大厦', '公寓', '商场', '超市', '菜场', '家园', '名城', '华庭', '公馆', '街道',
  '片区', '园区', '码头', '渡口', '隧道', '高架', '立交', '屋场',
  '村', '组', '路', '街', '巷', '站', '桥', '苑', '府', '城', '院', '湖', '山', '塘', '栋', '门', '镇', '岭',
  '洲', '垸', '号',
];

/** Words that mark an opinion as about a whole district or city rule rather than one place
 * (政策, 规定, 标准, 全区, 全市, 收费标准, 缴费, 办理流程, 统一 …). */
export const POLICY_MARKERS: readonly string[] = [
  '政策', '规定', '标准', '制度', '条例', '法规', '管理办法', '实施细则', '机制', '长效机制',
  '全区', '全市', '全省', '全县', '全国', '全镇', '全长沙', '整个区', '整个长沙',
  '收费标准', '缴费标准', '补贴标准', '缴费', '办理流程', '统一', '一刀切', '资格', '门槛', '待遇', '报销比例',
  '出台', '上调', '下调', '定价', '年限', '名额', '审批', '全覆盖',
  '所有小区', '各个小区', '各小区', '很多小区', '不少小区', '各社区', '各村', '所有居民', '全体居民', '普遍',
];

/** Words that point at a place without naming it (我们小区, 我家楼下, 我们这栋, 本社区, 门口 …): the station stands in for it. */
export const LOCAL_MARKERS: readonly string[] = [
  '我们小区', '我们社区', '我们村', '我们组', '我们这栋', '我们这栋楼', '我们楼', '我们单元', '我们楼道',
  '我们院子', '我们宿舍', '我们这里', '我们这边', '我们这一片', '我们这条路', '我们这条街', '我们家', '我家',
  '我家楼下', '我家门口', '我家附近', '我家对面', '本小区', '本社区', '本村', '本组', '本栋', '本单元', '本楼',
  '楼下', '楼上', '隔壁', '对面', '门口', '小区门口', '家门口', '屋门口', '附近', '周边', '这附近', '这一带',
  '这一块', '这边', '这里', '院子里', '楼道里', '屋前', '屋后',
];
