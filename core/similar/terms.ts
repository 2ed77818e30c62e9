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
 *   禁放 in 严禁放置, 入园 in 进入园区, 村小 in 村小组, 落水 in 落水管, 套餐 in a canteen's 套餐, 还建 in
 *   我还建议, 吃水 in 吃水果, 租地 in 出租地下室, 迁户 in 搬迁户, 趟水 in 跑一趟水务局.
 * - A term that starts with a place or time word takes the start of the next term: 小区灯 would read
 *   小区灯不亮 as 小区 lamps and hide 灯不亮, 村里垃圾 would hide 垃圾站, 没有信号 hides 信号灯 in
 *   没有信号灯 (hence 没有信号灯 as a term of its own). Prefer the object + state form (灯黑了, 水管爆).
 * - Bigrams that two terms of a concept share become its anchors (partial evidence), so two terms of one
 *   concept should not share an everyday bigram (不清 of 不清楚, 的地 of 的地方, 不安 of 不安全, 睡不 of
 *   睡不着, 好久, 太少): one such term is enough.
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

/** Terms written one after another, separated by spaces and line breaks (a term never holds a space): one string a concept keeps the functions' bundles small. */
const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

/** The concepts, grouped as a 12345 hotline files them. */
export const PROBLEM_CONCEPTS: readonly ProblemConcept[] = [
  // Building, flat and 楼道
  {
    id: 'elevator',
    label: '电梯故障',
    reach: 'unit',
    terms: words(`
      电梯 升降梯 直梯 厢梯 电体 电悌 扶手电梯 自动扶梯 梯又停 梯又坏 梯停了 梯不动
      升降机 货梯 客梯 观光梯 扶梯 轿厢 困梯 卡在半空 冲顶 蹲底 平层不准 轿箱
      爬十几楼
    `),
  },
  {
    id: 'elevator_install',
    label: '老楼加装电梯',
    reach: 'unit',
    terms: words(`
      电梯加装 装电梯 增设电梯 加梯 低层不同意 一楼不同意 低楼层反对 既有住宅加装 没有电梯
      加电梯 加个电梯 装个电梯 没电梯 爬楼难 爬楼梯难 爬不动楼 上下楼难 一楼反对
      底层不同意 加装梯 加建电梯 电梯挡光 步梯房 楼梯房 冒得电梯
    `),
  },
  {
    id: 'stairwell_light',
    label: '楼道灯不亮',
    reach: 'unit',
    terms: words(`
      楼道灯 楼梯灯 走廊灯 过道灯 声控灯 感应灯 楼道照明 楼梯间照明 楼道黑 楼道漆黑
      楼道太黑 楼梯太黑 楼道没灯 楼道没有灯 楼梯没灯 楼梯黑 楼道好黑 楼道里黑 楼梯间黑
      走廊黑 摸黑上楼 摸黑下楼 声控失灵 灯不感应 楼道里太黑
    `),
  },
  {
    id: 'leak_from_above',
    label: '楼上漏水渗水',
    reach: 'unit',
    terms: words(`
      楼上漏水 楼上渗水 吊顶渗水 吊顶漏水 卫生间渗水 卫生间漏水 厕所漏水 厕所渗水 厨房渗水
      漏到楼下 渗到楼下 漏到我家 渗到我家 往下滴水 防水没做好 楼上装修漏水 楼上往下漏
      漏到我屋 楼板渗水 楼上漏下来 天花板 不做防水 重做防水 闭水试验 渗哒水
    `),
    near: ['roof_leak', 'wall_seepage', 'ac_drip'],
  },
  {
    id: 'roof_leak',
    label: '屋顶漏水',
    reach: 'unit',
    terms: words(`
      顶楼漏水 顶层漏水 房顶漏水 屋面漏水 天面漏水 楼面漏水 屋面防水 屋顶防水 下雨就漏
      漏雨 落雨就漏 屋顶渗水 顶楼渗水 楼顶渗水 顶层渗水 楼顶防水 天台漏水 天台渗水
      露台漏水 屋顶漏 楼顶漏 捡瓦 屋面渗水 天面渗水 防水层
    `),
    near: ['leak_from_above', 'wall_seepage'],
  },
  {
    id: 'wall_seepage',
    label: '外墙渗水开裂',
    reach: 'unit',
    terms: words(`
      墙体渗水 墙面渗水 外墙开裂 墙体开裂 墙面开裂 墙体裂缝 墙壁发霉 墙面发霉 墙体返潮
      墙面返潮 窗户渗水 窗边渗水 外墙防水 墙壁渗水 墙壁漏水 墙渗水 墙漏水 墙发霉 墙上长霉
      墙壁开裂 外墙裂缝 墙壁返潮 窗台渗水 墙角发霉 外墙渗漏
    `),
    near: ['leak_from_above', 'roof_leak', 'facade_falling', 'house_danger'],
  },
  {
    id: 'facade_falling',
    label: '外墙瓷砖脱落',
    reach: 'unit',
    terms: words(`
      外墙瓷砖脱落 瓷砖脱落 墙砖脱落 外墙砖 外墙脱落 墙皮脱落 外墙掉 墙砖掉 空鼓 掉瓷砖
      瓷砖掉 墙皮掉 掉墙皮 墙皮剥落 外墙剥落 墙砖松动 外墙起鼓 瓷砖砸 磁砖脱落 磁砖掉
      外墙磁砖 面砖脱落 掉砖 瓷片掉 涂料脱落
    `),
    near: ['wall_seepage', 'high_fall', 'billboard'],
  },
  {
    id: 'house_danger',
    label: '危房和房屋开裂',
    reach: 'unit',
    terms: words(`
      危房 危旧房 房屋开裂 房子开裂 房屋裂缝 房子裂缝 地基下沉 房屋沉降 楼房倾斜 房子倾斜
      房屋安全鉴定 房屋鉴定 承重墙 房屋倒塌 楼板开裂 梁柱开裂 房子裂了 房子有裂缝 房子歪了
      房子下沉 地基沉降 地基开裂 危楼 房子要垮 楼体开裂
    `),
    near: ['wall_seepage', 'construction_damage'],
  },
  {
    id: 'high_fall',
    label: '高空抛物坠物',
    reach: 'unit',
    terms: words(`
      高空抛物 高空坠物 楼上扔 往楼下扔 从楼上扔 从楼上丢 楼上丢东西 楼上扔垃圾 楼上丢垃圾
      往下丢 抛物 阳台掉东西 花盆掉下来 窗户掉下来 烟头往下扔 往下扔 往楼下丢 往下泼
      往下倒水 楼上泼水 掉东西下来 楼上掉东西 高空扔 往下甩 高空丢
    `),
    near: ['facade_falling'],
  },
  {
    id: 'building_door',
    label: '单元门和对讲损坏',
    reach: 'unit',
    terms: words(`
      单元门 单元门坏 楼栋门 防盗门 单元防盗门 楼道门 可视对讲 对讲系统 单元门锁 门关不上
      闭门器 单元门禁 单元大门 楼栋大门 门锁坏 对讲坏 对讲机坏 楼宇对讲 门铃坏 门锁不了
      楼门坏 对讲门 电子门锁 门禁对讲 门砰砰响
    `),
    near: ['estate_security'],
  },
  {
    id: 'stairwell_clutter',
    label: '楼道堆放杂物',
    reach: 'unit',
    terms: words(`
      楼道杂物 堆放杂物 占用楼道 楼道被占 杂物堆放 楼梯口堆放 楼道堆东西 楼道放东西 楼道乱堆
      楼道乱放 楼梯间堆 过道堆放 走廊堆放 楼道被堵 乱堆杂物 楼道堆 楼道放 楼梯堆 楼道里堆
      楼道里放 楼道摆 楼梯上堆 过道放 堆纸箱 楼道晾
    `),
    near: ['fire_lane'],
  },
  {
    id: 'ac_drip',
    label: '空调滴水',
    reach: 'unit',
    terms: words(`
      空调滴水 空调水 冷凝水 空调排水 外机滴水 空调管滴水 滴到楼下 空调水管 空调漏水
      空调往下滴 外机漏水 外机滴 空调滴到 冷凝管 空调排水管 空调管子 空调水往下 滴答响
      滴在雨棚 雨棚上滴 滴到窗台 滴到阳台 滴在头上 滴到身上 空调管漏
    `),
    near: ['leak_from_above'],
  },
  {
    id: 'neighbour_noise',
    label: '邻里噪音',
    reach: 'unit',
    terms: words(`
      楼上噪音 楼上吵 楼上脚步声 楼上跺脚 拖椅子 弹珠声 邻居吵 邻居噪音 邻居扰民 小孩跑
      小孩跳 半夜洗衣服 敲东西 楼上跳 楼上太吵 楼上好吵 楼上咚咚 楼上拍球 拍皮球 楼上走路
      高跟鞋 隔壁吵 隔壁太吵 邻居太吵 玻璃珠
    `),
  },
  {
    id: 'renovation_noise',
    label: '装修噪音',
    reach: 'unit',
    terms: words(`
      装修噪音 装修吵 装修太吵 装修声音 电钻 冲击钻 电锤 砸墙 敲墙 切割声 装修时间
      周末装修 中午装修 早上装修 晚上装修 装修扰民 装修好吵 装修很吵 钻墙 切割机 切瓷砖
      砸地砖 敲敲打打 午休装修 节假日装修
    `),
  },
  {
    id: 'group_rental',
    label: '群租房',
    reach: 'unit',
    terms: words(`
      群租 群租房 隔断房 打隔断 住很多人 出租屋 二房东 床位出租 租客多 租户多 租户扰民
      外来租户 分租 隔成小间 隔成好多间 隔了好多间 床位房 住了十几个人 住满了人 租给很多人
      隔间出租 上下铺 高低床 隔成几间
    `),
    near: ['home_business'],
  },
  {
    id: 'home_business',
    label: '住宅改作经营',
    reach: 'unit',
    terms: words(`
      住改商 住宅开店 民宿 日租房 家庭作坊 住宅里办公司 住宅做生意 居民楼开店 居民楼里开
      商住混用 一楼开店 短租房 住宅经营 居民楼经营 改门面 改成门面 破墙开店 破墙开门
      住宅改商铺 住宅当仓库 住宅做仓库 网约房 电竞酒店 钟点房
    `),
    near: ['group_rental'],
  },
  {
    id: 'sunlight_blocked',
    label: '采光日照被遮挡',
    reach: 'unit',
    terms: words(`
      采光 日照 挡光 楼间距 挡住阳光 没有阳光 晒不到太阳 遮挡采光 日照不足 挡太阳
      挡住太阳 晒不到 照不到太阳 见不到太阳 没太阳 遮住阳光 挡采光 日照少 不见阳光
      晒不了被子 屋里暗 房间暗 白天开灯 楼挡住 楼挡着
    `),
  },
  {
    id: 'new_house_quality',
    label: '新房质量',
    reach: 'unit',
    terms: words(`
      房屋质量 新房质量 精装修 货不对板 交房质量 验房 保修 维修期 开发商维修 质量保修
      交付标准 精装房 精装质量 新房漏水 新房开裂 新房裂缝 面积缩水 开发商不修 房屋空鼓
      交房就漏 新房渗水 收房发现 房子质量 楼盘质量
    `),
    near: ['stalled_project', 'planning_change'],
  },
  {
    id: 'elderly_retrofit',
    label: '适老化改造',
    reach: 'unit',
    terms: words(`
      适老化 适老化改造 扶手 浴室扶手 卫生间扶手 防滑改造 一键呼叫 紧急呼叫 居家适老
      加扶手 装扶手 防滑垫 防滑地砖 紧急按钮 呼叫器 一键报警 适老改造 老人摔倒 老人摔跤
      老人跌倒 老人跌跤 洗澡摔 厕所摔 起夜摔 呼叫铃
    `),
    near: ['accessibility', 'elderly_home_care'],
  },
  // Water, power, gas
  {
    id: 'pipe_burst',
    label: '供水管爆裂漏水',
    reach: 'site',
    terms: words(`
      爆管 管道破裂 跑水 冒水 阀门漏水 水表漏水 管网漏损 水管爆 楼下水管爆 管子爆
      爆水管 水管破 管子破 水管裂 管子裂 水管断 水管漏 管子漏 水管坏 水喷出来 水管冻裂
      总阀漏水 水管老化 管道爆裂 水管渗漏
    `),
    near: ['water_outage'],
  },
  {
    id: 'water_outage',
    label: '停水',
    reach: 'area',
    terms: words(`
      停水 断水 没水 没有水 停了水 停水不通知 无故停水 供水中断 水停了 来水慢
      停水时间长 老是停水 没得水 水没了 水断了 不出水 不来水 水不来 自来水停 停自来水
      冒得水 接不到水 冲不了厕所 一滴水都没有 供水不正常
    `),
    near: ['water_pressure', 'pipe_burst', 'rural_drinking_water'],
  },
  {
    id: 'water_pressure',
    label: '水压低',
    reach: 'area',
    terms: words(`
      水压小 水压不够 水压不足 水压不稳 水流小 水流很小 水上不去 高层没水 高层水压
      二次供水 加压泵 供水泵 水压 水流太小 水量小 高层不出水 楼上没水 高楼层没水
      热水器打不燃 热水器点不着 热水器不启动 二次加压 水好小 出水小 用水高峰
    `),
    near: ['water_outage'],
  },
  {
    id: 'water_quality',
    label: '自来水水质差',
    reach: 'area',
    terms: words(`
      水质 水浑 浑水 水发黄 黄水 锈水 水有异味 水有味道 漂白粉味 消毒水味 水垢多
      水里有沙 水里有虫 水箱脏 水箱清洗 水不干净 水是黄的 水很浑 水有锈 水有杂质 水有怪味
      自来水发黄 自来水发臭 铁锈味 水有股味
    `),
  },
  {
    id: 'utility_price',
    label: '水电气价格',
    reach: 'policy',
    terms: words(`
      水价 电价 气价 燃气价格 阶梯电价 阶梯气价 峰谷电价 水费上涨 电费上涨 燃气费上涨
      水费太贵 电费太贵 气费太贵 水费标准 电费标准 水费贵 电费贵 气费贵 燃气费贵 水费涨
      电费涨 燃气费涨 燃气涨价 天然气涨价 燃气调价
    `),
    near: ['meter_bill'],
  },
  {
    id: 'meter_bill',
    label: '水电气表计费异常',
    reach: 'unit',
    terms: words(`
      水表 电表 气表 抄表 估抄 水费异常 电费异常 燃气费异常 水费突然 电费突然 表不准
      表走得快 公摊水费 公摊电费 分摊电费 多收水费 多收电费 电费高 水费高 电费好高
      电费翻倍 水费翻倍 表跑得快 电费莫名 用得少交得多
    `),
    near: ['utility_price'],
  },
  {
    id: 'power_outage',
    label: '停电',
    reach: 'area',
    terms: words(`
      停电 断电 没电 停了电 跳闸 突然停电 无故停电 供电中断 计划停电 停电时间长
      没有电了 电停了 电没了 没得电 电又停 限电 拉闸 总闸 来电慢 电断了 供电不正常
      停几次电 停了几次电 跳哒闸 点蜡烛
    `),
    near: ['power_voltage'],
  },
  {
    id: 'power_voltage',
    label: '电压不稳容量不足',
    reach: 'area',
    terms: words(`
      电压不稳 电压不足 电压 变压器 变压器容量 负荷不够 电力增容 增容 空调开不起来
      灯一闪一闪 电器烧坏 空调带不动 带不动空调 电器带不动 烧坏电器 电器烧了 电不够用
      容量不够 超负荷 用电高峰 灯忽明忽暗 空调打不开 功率不够 电器用不了 家电烧
    `),
    near: ['power_outage'],
  },
  {
    id: 'wiring_hazard',
    label: '电线电箱安全隐患',
    reach: 'site',
    terms: words(`
      电线老化 线路老化 电线乱拉 乱拉电线 私拉乱接 私拉电线 电线裸露 电线破皮 电线低垂
      电线垂下来 电线掉下来 电线杆倾斜 电杆歪 电线杆歪 漏电 触电 电线短路 电箱 箱变
      电表箱 电缆井 冒火花 电线起火 线路老旧 电线冒烟
    `),
    near: ['overhead_cables', 'ebike_charging'],
  },
  {
    id: 'overhead_cables',
    label: '空中线缆杂乱',
    reach: 'site',
    terms: words(`
      线缆杂乱 空中线缆 蜘蛛网线 通信线缆 光缆 弱电线 线缆下垂 废弃线缆 线缆乱 杆线
      电缆乱拉 线缆整治 网线乱 电线乱 线太乱 线乱七八糟 空中飞线 网线垂 线垂下来 电话线
      乱挂线 废线 线缆拆除 线缆垂落 线缆缠绕
    `),
    near: ['wiring_hazard'],
  },
  {
    id: 'gas_leak',
    label: '燃气泄漏和安全',
    reach: 'unit',
    terms: words(`
      燃气泄漏 煤气泄漏 天然气泄漏 漏气 煤气味 燃气味 天然气味 燃气管道老化 燃气管老化
      煤气管 燃气报警器 燃气阀门 燃气软管 燃气安全 漏煤气 漏燃气 漏天然气 燃气管漏
      燃气管破 燃气管锈 燃气爆炸 煤气爆炸 燃气安检 入户安检 气泄露
    `),
    near: ['gas_supply', 'dangerous_goods'],
  },
  {
    id: 'gas_supply',
    label: '管道燃气开通和停气',
    reach: 'area',
    terms: words(`
      管道燃气 通燃气 通天然气 开通燃气 燃气开通 天然气入户 燃气入户 燃气安装 燃气初装费
      燃气开户 停气 没气 燃气停供 没有天然气 燃气管网 装天然气 装燃气 燃气报装 天然气报装
      初装费 没有燃气 停了气 气停了 燃气接入 天然气没通
    `),
    near: ['gas_leak'],
  },
  // Property management and 小区
  {
    id: 'property_service',
    label: '物业服务差',
    reach: 'area',
    terms: words(`
      物业不作为 物业不管 物业不负责 物业态度差 物业服务差 物业服务不到位 物业管理混乱
      物业管理差 物管不作为 物管不管 物业推诿 找物业没用 物业维修慢 物业不处理 物业拖着不修
      物业形同虚设 物业不干事 物业不做事 物业不理 物业太差 物业差 物管差 物业摆烂 物业敷衍
      物业不闻不问
    `),
    near: ['property_fee', 'property_change', 'estate_cleaning'],
  },
  {
    id: 'property_fee',
    label: '物业费和乱收费',
    reach: 'area',
    terms: words(`
      物业费 物业费涨价 物业费太贵 物业乱收费 物业收费 物业收费标准 物业费标准 催缴物业费
      拒交物业费 不交物业费 物业费欠费 额外收费 物管费 物业管理费 乱收物业费 多收物业费
      交物业费 催费 物业乱收钱 公摊费 物管收费 物业涨价 电梯费 电梯运行费 公共能耗
    `),
    near: ['property_service', 'property_change', 'public_revenue'],
  },
  {
    id: 'property_change',
    label: '更换物业和无物业',
    reach: 'area',
    terms: words(`
      换物业 物业撤离 物业撤场 物业跑路 物业退出 没有物业 无物业 弃管 弃管小区 选聘物业
      招标物业 物业交接 物业合同到期 前期物业 换掉物业 炒掉物业 赶走物业 物业走了 物业不干了
      物业撤了 没物业 新物业 物业招标 物业要走 业主自管
    `),
    near: ['property_service', 'property_fee', 'owners_committee'],
  },
  {
    id: 'owners_committee',
    label: '业委会',
    reach: 'area',
    terms: words(`
      业委会 业主委员会 业主大会 成立业委会 业委会选举 业委会换届 业委会不作为 业主投票
      业主表决 筹备组 叶委会 业主签字 ywh 业主自治 征求业主意见 业主决议 选业委
      业主共同决定 物管会 物业管理委员会 业主开会
    `),
    near: ['property_change', 'public_revenue', 'maintenance_fund'],
  },
  {
    id: 'public_revenue',
    label: '小区公共收益',
    reach: 'area',
    terms: words(`
      公共收益 公共收益公开 收益公开 电梯广告收益 广告收益 场地租金 停车收益 收益去向
      账目公开 收支公开 广告费 电梯广告 广告位收入 公共部位出租 收益归业主 收益分配 小区收益
      停车费去向 收益不公开 快递柜收益 场地出租
    `),
    near: ['owners_committee', 'property_fee'],
  },
  {
    id: 'maintenance_fund',
    label: '专项维修资金',
    reach: 'area',
    terms: words(`
      维修基金 维修资金 专项维修资金 住宅维修资金 动用维修基金 使用维修资金 申请维修资金
      维修基金使用 维修基金公示 维修基金余额 维修金 大修基金 大修资金 公维金 续筹 本体维修
      续缴维修 电梯维修费
    `),
    near: ['owners_committee'],
  },
  {
    id: 'estate_cleaning',
    label: '小区楼道卫生差',
    reach: 'area',
    terms: words(`
      小区卫生 小区卫生差 楼道卫生 楼道脏 保洁不到位 保洁员 清洁工 没人打扫 不打扫
      楼道垃圾 小区环境差 楼道好脏 楼道太脏 楼道没人扫 楼道不扫 保洁阿姨 楼梯脏 楼梯间脏
      电梯脏 电梯臭 楼道臭 楼道灰 小区脏 保洁人员
    `),
    near: ['property_service', 'street_cleaning', 'garbage_pileup'],
  },
  {
    id: 'estate_security',
    label: '小区门禁和保安',
    reach: 'area',
    terms: words(`
      门禁 人脸识别 门岗 外来人员 随意进出 大门不关 陌生人 保安不在岗 安保 没有保安
      保安不管 保安形同虚设 刷不开 谁都能进 随便进出 闲杂人员 保安睡觉 保安玩手机 门卫
      无人看门 大门敞开 没保安 保安室没人 进出不登记 谁都进得来
    `),
    near: ['building_door', 'cctv', 'theft'],
  },
  {
    id: 'cctv',
    label: '监控摄像头',
    reach: 'site',
    terms: words(`
      监控坏 没有监控 装监控 安装监控 监控死角 监控盲区 天网 监控不清 监控不亮 摄像头坏
      监控坏了 摄像头 监控摆设 监控是摆设 调监控 查监控 调不出监控 加装监控 增加监控
      增设监控 监控没用 监控拍不到 监控探头 雪亮工程 摄象头
    `),
    near: ['estate_security', 'theft'],
  },
  {
    id: 'old_estate_renovation',
    label: '老旧小区改造',
    reach: 'area',
    terms: words(`
      老旧小区改造 老旧小区 提质改造 旧改 改造工程 改造质量 改造进度 改造范围 改造方案
      小区改造 棚改 棚户区改造 城中村改造 微改造 有机更新 小区提质 提质提档 改造停工
      改造烂尾 改造不彻底 雨污分流 管网改造 立面改造 只刷了墙 老旧楼房
    `),
    near: ['demolition'],
  },
  {
    id: 'estate_light',
    label: '小区路灯庭院灯',
    reach: 'site',
    terms: words(`
      小区路灯 庭院灯 草坪灯 景观灯 小区照明 小区里太黑 小区路灯不亮 院子里的灯 小区灯坏
      庭院灯坏 小区没灯 小区没有灯 小区好黑 院子黑 院子里黑 院子没灯 小区晚上黑 小区很黑
      小区灯不亮 小区内照明 院子里没灯
    `),
    near: ['streetlight'],
  },
  // Parking and vehicles
  {
    id: 'parking_shortage',
    label: '停车难',
    reach: 'area',
    terms: words(`
      停车难 没地方停 车位不够 车位少 车位紧张 车位紧缺 找不到车位 无处停车 公共停车场
      建停车场 停车场不够 增加车位 增设车位 停车位 车位太少 停车太难 停车好难 停车困难
      停不到车 没车位 没有车位 车位难找 找车位 没处停 车位满了
    `),
    near: ['illegal_parking', 'estate_parking_fee', 'ground_lock'],
  },
  {
    id: 'illegal_parking',
    label: '乱停车占道',
    reach: 'site',
    terms: words(`
      乱停乱放 违停 违章停车 占道停车 车停人行道 人行道停车 堵门口 挡住出口 堵车库
      双排停车 停车占道 马路边停车 乱停 堵住门口 车占人行道 停人行道 违规停车 违法停车
      车停马路 车出不去 车开不出来 停在路中间 停盲道 抄牌 贴罚单
    `),
    near: ['fire_lane', 'zombie_car', 'parking_shortage', 'ground_lock', 'bike_share'],
  },
  {
    id: 'zombie_car',
    label: '僵尸车',
    reach: 'site',
    terms: words(`
      僵尸车 废弃车辆 废旧车辆 报废车 长期停放 长期占用车位 无牌车 积满灰 烂车 破车
      废车 废弃车 无主车 停了好几年 一直没开 轮胎瘪 车胎瘪 落满灰 长期不动 车胎没气
      废弃汽车 破旧车辆
    `),
    near: ['illegal_parking'],
  },
  {
    id: 'estate_parking_fee',
    label: '小区停车收费',
    reach: 'area',
    terms: words(`
      停车费 停车收费 车位费 临停费 车位租金 车位价格 车位太贵 只售不租 车位只售不租
      停车管理费 道闸 月卡 外来车辆收费 停车贵 停车太贵 车位贵 买车位 租车位 只卖不租
      车位月租 临停收费 进小区收费 外来车收费 停车月租 停车卡
    `),
    near: ['parking_shortage', 'city_parking_fee'],
  },
  {
    id: 'city_parking_fee',
    label: '路边停车收费',
    reach: 'policy',
    terms: words(`
      路边停车收费 路内停车 路侧停车 咪表 停车收费标准 占道停车收费 智慧停车 路边收费
      停车计费 停车收费时间 路边停车费 马路停车收费 停车收费员 停车缴费 扫码停车 停车泊位
      收费泊位 停车欠费 补缴停车费 免费停车 路面停车 道路停车
    `),
    near: ['estate_parking_fee'],
  },
  {
    id: 'ground_lock',
    label: '地锁私占车位',
    reach: 'site',
    terms: words(`
      地锁 车位锁 私装地锁 占车位 占位 石墩占位 锥桶占位 放东西占车位 抢车位 车位被占
      锁车位 车位上锁 占公共车位 公共车位被占 放桶占 摆东西占 占着车位 私占停车位 地桩
      放椅子占 放砖头占 占停车位 私划车位 私自划车位 雪糕筒
    `),
    near: ['parking_shortage', 'illegal_parking'],
  },
  {
    id: 'ebike_charging',
    label: '电动车飞线充电',
    reach: 'unit',
    terms: words(`
      飞线 拉线充电 私拉电线充电 电动车充电 楼道充电 电动车上楼 电动车进电梯 电动车进楼
      电瓶上楼 推车上楼 电池上楼 家里充电 楼道停放电动车 电动车停楼道 阳台拉线 楼道里充电
      楼道冲电 拉电线充电 窗户拉线 从楼上拉线 吊线充电 插线板充电 电动车放楼道 楼道放电动车
      电池拿回家
    `),
    near: ['ebike_shed', 'wiring_hazard'],
  },
  {
    id: 'ebike_shed',
    label: '电动车充电棚',
    reach: 'area',
    terms: words(`
      充电棚 电动车棚 车棚 集中充电 充电车棚 电动车充电桩 电动车充电站 充电插座 扫码充电
      充电柜 换电柜 充电难 没地方充电 充电收费 充电位 充电点 充电设施 充电费 充电太贵
      充不了电 电动车停放 充电口 充电插头 电动车没地方停 充电不方便
    `),
    near: ['ebike_charging', 'ev_charger'],
  },
  {
    id: 'ev_charger',
    label: '汽车充电桩',
    reach: 'area',
    terms: words(`
      充电桩 充电庄 新能源充电桩 汽车充电桩 新能源车 新能源汽车 安装充电桩 装充电桩
      报装充电桩 充电车位 油车占位 私人充电桩 电动汽车 汽车充电 电车充电 新能源车位 油车占
      燃油车占 不让装充电桩 装不了充电桩 充电枪 家用充电桩 装桩
    `),
    near: ['ebike_shed'],
  },
  {
    id: 'bike_share',
    label: '共享单车乱停',
    reach: 'site',
    terms: words(`
      共享单车 共享电单车 电单车 单车乱停 哈啰 青桔 美团单车 单车堆 单车乱放 共享电动车
      哈喽单车 小黄车 小蓝车 摩拜 单车太多 单车挡路 单车占道 乱停单车 乱放单车 单车停放
      共享电车 共享自行车 乱丢单车 单车倒
    `),
    near: ['illegal_parking'],
  },
  {
    id: 'ebike_traffic',
    label: '电动车违规骑行',
    reach: 'area',
    terms: words(`
      逆行 闯红灯 不戴头盔 头盔 电动车逆行 外卖骑手 骑手 外卖车 电动车超速 电动车载人
      老年代步车 老头乐 三轮车 代步车 电动车乱窜 外卖小哥 外卖员 电动车太快 电动车骑得快
      逆向行驶 老年车 电动车撞人 电动车横冲 骑得飞快 人行道上骑
    `),
    near: ['traffic_safety'],
  },
  {
    id: 'ebike_registration',
    label: '电动车上牌',
    reach: 'policy',
    terms: words(`
      电动车上牌 上牌 电动车牌照 新国标 超标车 电动车登记 上牌难 临时牌照 电动车备案
      电动车过渡期 电动车号牌 电动车牌子 不给上牌 上不了牌 超标电动车 电动车淘汰 电动车以旧换新
      临牌 无牌电动车 电动车检测 3c认证 电动车扣车 扣电动车 电动车不能上路
    `),
  },
  // Roads and traffic
  {
    id: 'road_damage',
    label: '路面破损坑洼塌陷',
    reach: 'site',
    terms: words(`
      坑洼 道路破损 路面开裂 路面不平 路烂 烂路 路不好走 大坑 路坑 路面凹陷 水泥路坏
      道路维修 塌陷 地陷 路面下沉 路基下沉 路面破 路面烂 路坏了 路上有坑 路面裂 路塌了
      路稀烂 路面颠簸 坑洞
    `),
    near: ['manhole', 'village_road', 'sidewalk', 'road_works'],
  },
  {
    id: 'manhole',
    label: '井盖缺失破损',
    reach: 'site',
    terms: words(`
      井盖 窨井盖 阴井盖 下水井盖 沙井盖 井盖缺失 井盖破损 井盖松动 井盖下沉 没有井盖
      井盖丢失 井盖被偷 窨井 阴井 污水井盖 雨水井盖 下水道盖 检查井 井圈 沟盖板 水沟盖
      哐当响 咣当响 掉进井 下水盖
    `),
    near: ['road_damage'],
  },
  {
    id: 'sidewalk',
    label: '人行道破损',
    reach: 'site',
    terms: words(`
      人行道砖 地砖翘起 地砖破损 踩水 一踩一脚水 步道砖 人行道太窄 人行道不平 人行道坏
      人行道烂 人行道破 人行道窄 地砖松 砖翘起 踩一脚水 道板砖 步道破损 砖松了 人行道坑
      路牙子 路沿石 崴脚 崴了脚 地砖打滑 地砖太滑
    `),
    near: ['road_damage', 'accessibility'],
  },
  {
    id: 'road_works',
    label: '道路施工久拖',
    reach: 'site',
    terms: words(`
      围挡 修路太久 道路施工 开挖 反复开挖 拉链路 挖了不修 挖开不填 工期 工期拖延
      施工拖延 烂尾路 挖了又挖 挖路 马路挖开 路被挖 挖了好久 一直在挖 迟迟不完工 占道施工
      封路 道路封闭 修路修了 路挖了 挖得稀烂
    `),
    near: ['road_damage', 'dead_end_road'],
  },
  {
    id: 'dead_end_road',
    label: '断头路未打通',
    reach: 'area',
    terms: words(`
      断头路 道路打通 未贯通 路不通 道路连通 规划路 规划道路 修通 连接线 绕远路
      绕一大圈 打通断头路 路没通 路没打通 没修通 路走不通 绕路 绕很远 绕好远 绕一圈
      断头 未打通 连通道路
    `),
    near: ['road_works', 'village_road'],
  },
  {
    id: 'village_road',
    label: '村道组道',
    reach: 'area',
    terms: words(`
      村道 组道 通组公路 组级公路 村级公路 机耕道 机耕路 道路硬化 路面硬化 泥巴路 土路
      砂石路 进村路 通村路 入户路 错车道 路太窄 会车难 村里的路 乡道 农村公路 通组路
      没硬化 一脚泥 组级道路
    `),
    near: ['road_damage', 'dead_end_road', 'bridge'],
  },
  {
    id: 'bridge',
    label: '桥梁安全',
    reach: 'site',
    terms: words(`
      桥梁 危桥 桥坏 桥面 便桥 桥栏杆 桥护栏 过河难 人行桥 小桥 漫水桥 桥墩
      桥开裂 桥烂 桥垮 桥塌 桥断 桥裂 桥太窄 桥没栏杆 桥危险 修桥 建桥 木桥
    `),
    near: ['village_road'],
  },
  {
    id: 'crossing_safety',
    label: '过马路难',
    reach: 'site',
    terms: words(`
      过马路 过马路难 过马路危险 过街 行人过街 人行横道 斑马线 人行天桥 过街天桥 天桥
      地下通道 礼让行人 横穿马路 护栏断口 过街设施 穿马路 不让行人 不礼让 马路过不去
      过个马路
    `),
    near: ['traffic_light', 'school_traffic', 'traffic_safety'],
  },
  {
    id: 'traffic_light',
    label: '红绿灯信号灯',
    reach: 'site',
    terms: words(`
      红绿灯 信号灯 交通灯 红灯时间 绿灯时间 红灯太长 绿灯太短 信号灯坏 红绿灯不亮
      信号配时 左转灯 行人灯 倒计时 红灯太久 红灯好久 等红灯 一直红灯 一直是红灯 绿灯太快
      信号机 没有信号灯 红绿等 行人绿灯 绿灯只有 配时
    `),
    near: ['crossing_safety', 'traffic_jam', 'traffic_safety'],
  },
  {
    id: 'traffic_safety',
    label: '车速快事故多和护栏标志',
    reach: 'site',
    terms: words(`
      车速快 车速太快 开得快 超速 事故多发 经常出事 车祸 交通事故 急弯 减速带 减速坎
      限速 凸面镜 反光镜 隔离栏 隔离带 路桩 石墩 阻车桩 道路护栏 护栏缺失 护栏损坏
      盲区 开飞车 被车撞
    `),
    near: ['crossing_safety', 'traffic_light', 'ebike_traffic', 'road_signs', 'muck_trucks'],
  },
  {
    id: 'road_signs',
    label: '交通标志标线',
    reach: 'site',
    terms: words(`
      标线 交通标志 标志牌 指示牌 路牌 限速牌 禁停标志 导向标志 标线模糊 标线不清
      指路牌 交通标识 路名牌 路标 没有标志 标线褪色 车道线 交通指示 重新施划 导向牌
      禁令标志 警示标志 限高杆 标志被遮挡
    `),
    near: ['traffic_safety'],
  },
  {
    id: 'traffic_jam',
    label: '交通拥堵',
    reach: 'site',
    terms: words(`
      拥堵 堵车 交通拥堵 塞车 车多路窄 高峰期堵 路口堵 通行难 交通组织 掉头 路口通行
      排长龙 路堵 路上堵 交通堵 上下班堵 早高峰 晚高峰 车排长队 车排好长 车走不动
      堵成停车场 堵成一锅粥 水泄不通 一堵就是
    `),
    near: ['traffic_light', 'school_traffic'],
  },
  {
    id: 'school_traffic',
    label: '上下学接送拥堵',
    reach: 'site',
    terms: words(`
      接送拥堵 家长接送 接送车辆 放学堵 上学堵 校门口拥堵 校门口堵车 学校门口堵 护学岗
      校门口停车 放学时段拥堵 接娃堵 接孩子堵 送孩子堵 接送堵 校门口车多 学校堵车 校门堵
      接送停车 上学路上堵 校门口乱停 上下学高峰 校门口拥挤 放学高峰
    `),
    near: ['traffic_jam', 'crossing_safety', 'school_surroundings'],
  },
  {
    id: 'muck_trucks',
    label: '渣土车大货车',
    reach: 'area',
    terms: words(`
      渣土车 泥头车 土方车 重型货车 货车 撒漏 遗撒 带泥上路 车轮带泥 渣土车超速 大车
      重车 挂车 运土车 拉土车 拉渣车 砂石车 运沙车 洒土 路上全是泥 车带泥 工程车
      掉渣土 抛洒 车上掉土
    `),
    near: ['dust', 'construction_waste', 'traffic_safety'],
  },
  {
    id: 'taxi',
    label: '出租车网约车',
    reach: 'site',
    terms: words(`
      出租车 网约车 打车难 拒载 黑车 摩的 非法营运 打不到车 出租车司机 出租车绕路
      滴滴司机 网约车司机 的士司机 打车 叫车难 叫不到车 出租车少 不打表 故意绕路 拼车
      司机绕路 顺风车
    `),
  },
  {
    id: 'bike_lane',
    label: '非机动车道',
    reach: 'site',
    terms: words(`
      非机动车道 自行车道 骑行道 非机动车道被占 没有非机动车道 机非混行 机非隔离 绿道
      没有自行车道 骑车道 电动车道 非机道 骑车危险 骑车不安全 人车混行 人非混行 自行车专用道
      非机动车通道 慢行系统 骑行空间
    `),
  },
  {
    id: 'road_noise',
    label: '交通噪音',
    reach: 'area',
    terms: words(`
      交通噪音 车辆噪音 道路噪音 高架噪音 马路噪音 鸣笛 按喇叭 隔音屏 声屏障 隔音墙
      隔音窗 重车噪音 货车噪音 车流噪音 地铁噪音 地铁振动 地铁震动 火车噪音 铁路噪音
      高铁噪音 马路吵 车声大 车辆太吵 高架太吵 汽车喇叭
    `),
    near: ['street_racing'],
  },
  {
    id: 'street_racing',
    label: '炸街飙车',
    reach: 'area',
    terms: words(`
      炸街 改装车 飙车 摩托车轰鸣 摩托车噪音 轰油门 排气管改装 赛车 深夜飙车 跑车声音
      鬼火少年 机车 轰鸣 轰轰响 排气声 改排气 改装排气 半夜摩托 摩托声 摩托车吵 跑车轰
      改装摩托 改装跑车
    `),
    near: ['road_noise'],
  },
  // Buses and metro
  {
    id: 'bus_route',
    label: '公交线路站点',
    reach: 'area',
    terms: words(`
      公交线路 公交路线 增开公交 增加公交 新开线路 公交改线 取消公交 没有公交 公交不通
      微循环公交 社区巴士 增设公交站 公交站太远 公交停运 没公交 公交不方便 公交站远 开条公交
      开一条公交 公交改道 公交撤了 通公交 公交到不了 没车坐 冒得公交
    `),
    near: ['bus_frequency', 'bus_stop'],
  },
  {
    id: 'bus_frequency',
    label: '公交班次少',
    reach: 'area',
    terms: words(`
      班次 班次少 发车间隔 等车久 等车太久 等公交 末班车 首班车 收班早 收车早 车次少
      公交车少 班次太少 加密班次 半小时一趟 收车太早 首班太晚 车来得慢 等车时间长 等不到公交
      公交难等 公交间隔 发车太慢 车太难等
    `),
    near: ['bus_route', 'bus_service'],
  },
  {
    id: 'bus_service',
    label: '公交司机服务',
    reach: 'site',
    terms: words(`
      公交司机 司机态度 过站不停 不停站 甩站 急刹车 开车猛 司机骂人 不让上车 公交车开得快
      公交车空调 车内卫生 司机凶 司机吼人 招手不停 站不停 急刹 猛刹 没坐稳 公交车脏
      车厢脏 公交车热 售票员 司机玩手机 不靠站
    `),
    near: ['bus_frequency'],
  },
  {
    id: 'bus_fare',
    label: '公交票价和乘车卡',
    reach: 'policy',
    terms: words(`
      公交票价 票价 老年卡 敬老卡 爱心卡 换乘优惠 公交卡 乘车码 免费乘车 学生卡
      老人免费坐车 公交优惠 半价乘车 公交费 公交涨价 老人卡 老年公交卡 免费坐公交 学生票
      月票 扫码乘车 刷码乘车 公交打折 乘车优惠
    `),
  },
  {
    id: 'bus_stop',
    label: '公交站台设施',
    reach: 'site',
    terms: words(`
      公交站台 候车亭 站牌 公交站牌 站台没有棚 站台遮雨 站台座椅 电子站牌 候车 站台太窄
      公交港湾 站台没棚 站台没有椅子 站台晒 淋雨等车 站台雨棚 港湾站 站台太挤 站台太小
      站台坏 没有站台 等车晒 公交亭 站台破
    `),
    near: ['bus_route'],
  },
  {
    id: 'metro',
    label: '地铁站点出入口和运营',
    reach: 'area',
    terms: words(`
      地铁站太远 地铁接驳 地铁接驳公交 地铁延伸 地铁规划 开通地铁 地铁站点设置 增设出入口
      地铁出入口少 出站口太远 地铁站电梯 地铁班次 地铁末班 末班地铁 地铁拥挤 地铁太挤
      地铁间隔 地铁票价 地铁站远 地铁口远 地铁口少 离地铁远 地铁太远 地铁不方便 地铁换乘
    `),
  },
  // Lights
  {
    id: 'streetlight',
    label: '路灯不亮',
    reach: 'site',
    terms: words(`
      路灯 路灯不亮 路灯白天亮 灯杆 灯不亮 灯坏了 路上太黑 晚上太黑 黑灯瞎火 照明
      灯黑了 灯熄了 灯灭了 灯不开 路太黑 黑漆漆 黑黢黢 摸黑走路 黑漆麻拱 黑咕隆咚
      灯拐哒 灯拐了 一盏灯都没有 灯光昏暗 亮灯率
    `),
    near: ['estate_light'],
  },
  {
    id: 'light_pollution',
    label: '光污染',
    reach: 'site',
    terms: words(`
      光污染 灯光刺眼 广告屏 led屏 大屏幕 射灯 亮化灯 彩灯 霓虹灯 刺眼 灯光太亮 晃眼
      探照灯 灯光秀 灯太亮 照进家里 照进卧室 照得睡不着 广告灯 电子屏 显示屏 楼体亮化
      亮化工程 屏幕太亮 灯光扰民
    `),
  },
  // Noise (each source its own problem)
  {
    id: 'construction_noise',
    label: '工地施工噪音',
    reach: 'site',
    terms: words(`
      施工噪音 夜间施工 半夜施工 深夜施工 连夜施工 通宵施工 工地噪音 工地吵 施工扰民 打桩
      挖机 挖掘机 搅拌车 混凝土泵 泵车 机器轰鸣 施工太吵 施工很吵 施工声音 工地太吵
      工地好吵 夜里施工 半夜还在施工 施工躁音 超时施工
    `),
    near: ['construction_damage', 'dust'],
  },
  {
    id: 'square_dance',
    label: '广场舞噪音',
    reach: 'site',
    terms: words(`
      广场舞 跳舞音乐 跳舞的音响 跳舞噪音 广场音乐 坝坝舞 健身操 打腰鼓 腰鼓 唱歌跳舞
      晚上跳舞 早上跳舞 跳舞扰民 音箱声音 跳舞太吵 跳舞好吵 大妈跳舞 阿姨跳舞 跳操 暴走团
      鬼步舞 扭秧歌 广场太吵 跳舞放歌 放音乐跳舞
    `),
  },
  {
    id: 'shop_music',
    label: '商铺音响喇叭噪音',
    reach: 'site',
    terms: words(`
      商铺音响 店铺音响 门口音响 店门口放音乐 大喇叭 高音喇叭 喇叭叫卖 循环播放 叫卖声
      促销喇叭 录音叫卖 喊麦 直播喊 音响太大 放歌太大声 门面音响 商家音响 音响好大 扩音器
      大声叫卖 促销音乐 开业音响 直播声音 直播扰民 喇叭喊
    `),
  },
  {
    id: 'night_snack',
    label: '夜宵摊喧哗',
    reach: 'site',
    terms: words(`
      夜宵摊 宵夜摊 夜宵店 吃夜宵 夜市 大排档 露天烧烤 烧烤摊 划拳 猜拳 半夜喝酒
      深夜喧哗 夜宵吵 摆桌子到路上 吃宵夜 烧烤店 撸串 烤串 夜宵档 夜宵太吵 夜宵好吵
      喝酒吵 夜宵街 摆夜宵 吆五喝六
    `),
    near: ['restaurant_fumes', 'street_vending'],
  },
  {
    id: 'ktv_bar',
    label: '歌厅酒吧噪音',
    reach: 'site',
    terms: words(`
      ktv 歌厅 酒吧 清吧 卡拉ok 唱k 深夜唱歌 唱歌声音 音乐酒吧 夜场 迪厅 演艺吧
      唱歌太吵 唱歌好吵 半夜唱歌 唱歌到半夜 夜店 蹦迪 歌舞厅 夜总会 k歌 歌房 驻唱
    `),
  },
  {
    id: 'mahjong',
    label: '麻将馆棋牌室',
    reach: 'site',
    terms: words(`
      麻将馆 棋牌室 麻将声 打麻将 搓麻将 洗牌声 麻将机 赌博 聚众赌博 赌钱 打牌
      通宵打牌 麻将 跑胡子 字牌 斗地主 炸金花 牌馆 棋牌 赌场 老虎机 赌博机 捕鱼机
      牌桌 聚赌
    `),
  },
  {
    id: 'equipment_noise',
    label: '设备噪音',
    reach: 'site',
    terms: words(`
      空调外机噪音 外机噪音 外机吵 水泵噪音 风机噪音 冷却塔 变压器噪音 嗡嗡声 嗡嗡响
      低频噪音 排风扇噪音 抽风机 发电机 机房噪音 空调吵 外机响 外机声音 水泵响 水泵吵
      泵房 排气扇 变压器响 电流声 电梯机房 外机躁音
    `),
  },
  {
    id: 'family_events_noise',
    label: '红白喜事扰民',
    reach: 'site',
    terms: words(`
      红白喜事 丧事 灵堂 哀乐 唢呐 做道场 办酒 流水席 摆酒 搭棚办酒 锣鼓 乐队
      出殡 守灵 丧鼓 唱夜歌 吹吹打打 灵棚 法事 白事 婚庆 做酒 办喜事 办寿酒
      升学宴
    `),
    near: ['fireworks'],
  },
  {
    id: 'fireworks',
    label: '燃放烟花爆竹',
    reach: 'site',
    terms: words(`
      鞭炮 放鞭炮 烟花爆竹 放烟花 烟花 礼炮 燃放 禁燃 鞭炮声 炮竹 爆竹 放炮 放鞭
      炮仗 冲天炮 礼花 电子鞭炮 花炮 响鞭 放烟火 二踢脚 窜天猴 摔炮 擦炮
    `),
    near: ['family_events_noise'],
  },
  {
    id: 'animal_noise',
    label: '动物叫声扰民',
    reach: 'site',
    terms: words(`
      狗叫 狗吠 犬吠 狗一直叫 半夜狗叫 鸡叫 公鸡打鸣 打鸣 鸽子叫 鸟叫 猫叫 麻拐叫
      狗半夜叫 狗乱叫 狗吵 狗嚎 狗乱吠 鹅叫 蛙叫 蛤蟆叫 蝉叫 猫吵 汪汪叫 猫半夜叫
      知了叫
    `),
    near: ['dog_management', 'stray_animals', 'urban_poultry'],
  },
  // Smells, smoke and pollution
  {
    id: 'restaurant_fumes',
    label: '餐饮油烟',
    reach: 'site',
    terms: words(`
      油烟 餐饮油烟 饭店油烟 餐馆油烟 排烟管 烟道 油烟机 油烟净化 烧烤烟 炒菜味
      厨房排烟 油烟熏 烟熏火燎 炒菜烟 饭店排烟 餐馆排烟 排烟口 烟飘进家 炒辣椒 辣椒味
      油炸味 臭豆腐味 辣椒呛 饭店烟囱 排风口对着
    `),
    near: ['night_snack'],
  },
  {
    id: 'factory_emission',
    label: '工厂废气异味',
    reach: 'area',
    terms: words(`
      废气 偷排 夜间偷排 化工厂 工厂排放 黑烟 冒黑烟 烟囱 工业废气 喷漆房 油漆味
      沥青味 塑料味 橡胶味 工厂臭 厂子臭 工厂异味 厂区异味 厂里排 排放超标 污染企业
      散乱污 化工味 工厂排气 喷漆味
    `),
    near: ['dust'],
  },
  {
    id: 'burning',
    label: '露天焚烧',
    reach: 'site',
    terms: words(`
      焚烧 烧垃圾 露天焚烧 烧秸秆 烧落叶 烧纸 烧东西 烧轮胎 烧电线 呛人 烟雾 烧稻草
      烧草 烧杂草 烧荒 烧树叶 烧塑料 烧废品 浓烟 满屋烟 野外用火 熏腊肉 熏腊鱼
      烧柴火 满屋子烟
    `),
  },
  {
    id: 'dust',
    label: '扬尘',
    reach: 'site',
    terms: words(`
      扬尘 灰大 粉尘 灰扑扑 尘土飞扬 黄土 裸土 降尘 雾炮 搅拌站 水泥厂 灰好大
      灰太大 好多灰 到处是灰 扬灰 起灰 不洒水 防尘网 灰尘 灰蒙蒙 一层灰 满屋灰
      衣服全是灰 灰太多
    `),
    near: ['construction_noise', 'muck_trucks', 'factory_emission'],
  },
  {
    id: 'river_pollution',
    label: '河塘水体污染和垃圾',
    reach: 'area',
    terms: words(`
      河水发黑 黑臭水体 河道污染 水体污染 排污口 污水直排 死鱼 池塘发臭 水发臭 偷排污水
      废水 蓝藻 水质污染 河道垃圾 河里垃圾 水葫芦 河道清淤 河道保洁 水面垃圾 漂浮物
      河边垃圾 河水臭 河里臭 河水黑 河水变色
    `),
    near: ['rural_sewage'],
  },
  {
    id: 'smoking',
    label: '公共场所吸烟',
    reach: 'site',
    terms: words(`
      吸烟 抽烟 二手烟 禁烟 控烟 电梯里抽烟 楼道抽烟 烟头 室内吸烟 公共场所吸烟 电子烟
      楼道吸烟 电梯吸烟 电梯抽烟 饭店抽烟 网吧抽烟 室内抽烟 吃烟 恰烟 烟民 吞云吐雾
      叼着烟
    `),
  },
  {
    id: 'radiation',
    label: '基站高压线辐射',
    reach: 'site',
    terms: words(`
      基站辐射 辐射 高压线 高压电塔 变电站 电磁辐射 高压线塔 信号塔辐射 辐射大 铁塔
      高压塔 电塔 变电所 电磁波 通信塔 发射塔 高压走廊 变压器辐射 高压电线 高压输电
      输电线路
    `),
  },
  // Rubbish and cleaning
  {
    id: 'garbage_pileup',
    label: '垃圾堆积未清运',
    reach: 'site',
    terms: words(`
      垃圾堆 垃圾成堆 垃圾乱堆 垃圾没人收 垃圾不清运 垃圾清运 垃圾满了 垃圾溢出 垃圾遍地
      乱扔垃圾 乱倒垃圾 垃圾臭 垃圾乱扔 垃圾乱倒 垃圾没收 垃圾不收 垃圾没运 垃圾满地
      垃圾发臭 垃圾桶 垃圾没人清 满地垃圾 清运不及时 垃圾成山 垃圾好几天
    `),
    near: ['garbage_station', 'construction_waste', 'street_cleaning', 'estate_cleaning', 'village_environment', 'waste_recycling'],
  },
  {
    id: 'garbage_station',
    label: '垃圾站中转站',
    reach: 'site',
    terms: words(`
      垃圾站 垃圾中转站 中转站 垃圾房 垃圾屋 压缩站 垃圾压缩站 转运站 垃圾池 垃圾站臭
      垃圾站选址 垃圾站搬迁 垃圾车 收垃圾车 垃圾车噪音 渗滤液 收垃圾的车 压缩车 转运点
      中转点 垃圾收集站 渗漏液 垃圾水 清运车 垃圾转运
    `),
    near: ['garbage_pileup'],
  },
  {
    id: 'garbage_sorting',
    label: '垃圾分类投放',
    reach: 'policy',
    terms: words(`
      垃圾分类 定时定点 定时投放 撤桶 分类投放 投放时间 投放时段 厨余垃圾 可回收物
      其他垃圾 有害垃圾 分类督导 四分类 垃圾分类积分 误时投放 分类垃圾 垃圾不分类 分类扔
      分类桶 倒垃圾时间 扔垃圾时间 限时投放 定点投放 垃圾桶撤了 倒垃圾好远
    `),
  },
  {
    id: 'garbage_fee',
    label: '垃圾处理费',
    reach: 'policy',
    terms: words(`
      垃圾费 垃圾处理费 卫生费 清运费 环卫费 垃圾清运费 收垃圾费 垃圾清理费 垃圾处置费
      垃圾收费 收垃圾钱 垃圾钱 卫生管理费 乱收卫生费 生活垃圾费 垃圾袋收费 清洁费 保洁费
    `),
  },
  {
    id: 'construction_waste',
    label: '建筑垃圾乱倒',
    reach: 'site',
    terms: words(`
      建筑垃圾 装修垃圾 偷倒渣土 乱倒渣土 渣土乱倒 偷倒垃圾 倾倒垃圾 弃土 渣土堆
      装修垃圾乱堆 建渣 砖头瓦块 偷倒建渣 渣土 砖渣 碎砖 水泥块 偷倒 倒渣 装修废料
      建筑废料 土堆 堆土 拆迁垃圾 装修废弃物
    `),
    near: ['garbage_pileup', 'muck_trucks'],
  },
  {
    id: 'street_cleaning',
    label: '道路保洁',
    reach: 'area',
    terms: words(`
      环卫 环卫工 道路保洁 马路脏 路面脏 街道脏 没人扫 清扫不及时 洒水车 扫马路
      卫生死角 落叶没人扫 道路清洗 路上垃圾 马路好脏 马路太脏 马路不扫 清扫不到位 扫得不干净
      冲洗路面 路边垃圾 街上垃圾 清扫保洁 扫地车 扫街车
    `),
    near: ['garbage_pileup', 'estate_cleaning'],
  },
  {
    id: 'waste_recycling',
    label: '废品收购站',
    reach: 'site',
    terms: words(`
      废品站 废品收购 收废品 废品回收站 收购站 收破烂 捡垃圾 囤积垃圾 堆放废品 拾荒
      废品堆 废品回收 回收站 捡破烂 捡废品 纸壳子 囤废品 堆破烂 收废铁 收旧货 收纸壳
      堆满废品 捡纸壳 捡瓶子
    `),
    near: ['garbage_pileup'],
  },
  {
    id: 'public_toilet',
    label: '公共厕所',
    reach: 'site',
    terms: words(`
      公厕 公共厕所 公共卫生间 上厕所难 如厕难 找不到厕所 厕所脏 厕所臭 厕所关门 厕所没水
      移动厕所 没有厕所 厕所太少 缺厕所 厕所好脏 厕所太脏 厕所好臭 厕所太臭 没地方上厕所
      上厕所不方便 厕所难找 厕所锁门 茅厕 茅房 找厕所
    `),
    near: ['rural_toilet'],
  },
  {
    id: 'small_ads',
    label: '小广告乱贴',
    reach: 'area',
    terms: words(`
      小广告 牛皮癣 乱贴 乱张贴 喷涂广告 办证广告 开锁广告 电线杆广告 发传单 传单
      墙上喷 野广告 贴小广告 贴广告 涂鸦 乱画 喷号码 喷电话 疏通广告 小卡片 塞传单
      办证刻章 贴满广告 喷漆广告 卡片广告
    `),
  },
  // Drains and 渍水
  {
    id: 'sewage_overflow',
    label: '下水道堵塞污水外溢',
    reach: 'site',
    terms: words(`
      下水道 下水管 排污管 污水管 污水外溢 污水横流 污水井 冒污水 化粪池 粪水 返水
      反水 地漏返水 疏通 厕所堵 马桶堵 管道堵 管子堵 下水不通 马桶冒水 地漏冒水 返臭
      下水到堵 污水倒灌 污水冒溢
    `),
    near: ['drain_blocked', 'waterlogging', 'rural_sewage'],
  },
  {
    id: 'drain_blocked',
    label: '雨水沟排水不畅',
    reach: 'site',
    terms: words(`
      排水沟 雨水口 雨水井 水沟 阴沟 明沟 排水不畅 雨水管 排水管 排水管网 沟里淤泥
      管道清淤 水沟堵 落水管 沟堵了 排水沟满 沟里垃圾 下水口 排水口 篦子 水下不去
      水排不走 淤堵 排水系统 排水设施
    `),
    near: ['waterlogging', 'sewage_overflow'],
  },
  {
    id: 'waterlogging',
    label: '渍水内涝',
    reach: 'site',
    terms: words(`
      渍水 积水 内涝 水淹 淹水 被淹 下雨就淹 落雨就淹 落雨渍水 雨水排不出 水漫进
      泡水 看海 车库进水 地下室进水 蹚水 变成河 车被淹 渍哒水 水凼 水漫金山 一片汪洋
      淹了 滞水 淹到
    `),
    near: ['drain_blocked', 'sewage_overflow', 'flood_control'],
  },
  // Trees, green space, parks and public facilities
  {
    id: 'tree_pruning',
    label: '树木遮挡需修剪',
    reach: 'site',
    terms: words(`
      修剪 修枝 树太密 树挡光 挡阳光 遮光 挡窗户 树枝伸进 树长进阳台 树太高 树遮住
      树枝碰 树枝挡 树枝刮 树枝遮挡 树挡住 树太大 树枝太长 树枝伸到 剪树 修树 砍树枝
      树太茂密 树枝打窗 树叶掉
    `),
    near: ['tree_danger', 'tree_pests'],
  },
  {
    id: 'tree_danger',
    label: '枯树倒伏危险',
    reach: 'site',
    terms: words(`
      枯枝 断枝 倒树 树倒了 大树倾斜 树要倒 枯树 死树 树干空心 树枝掉 树枝砸 砸车
      树倒伏 歪脖子树 树快倒 树歪了 树倒下 树砸 树枝断 树死了 树枯了 树干裂 树根翘
      树要垮 树根拱
    `),
    near: ['tree_pruning', 'tree_felling'],
  },
  {
    id: 'tree_felling',
    label: '乱砍树木',
    reach: 'site',
    terms: words(`
      砍树 乱砍 砍伐 毁绿 树被砍 挖树 移树 乱伐 偷砍 砍光 移栽大树 砍了树 树砍了
      把树砍 砍大树 树被挖 移走大树 古树 砍掉树 树没了 行道树被砍 树全砍 把树挖 树被移
      砍行道树
    `),
    near: ['tree_danger', 'green_maintenance'],
  },
  {
    id: 'tree_pests',
    label: '树木虫害飞絮',
    reach: 'site',
    terms: words(`
      毛毛虫 树上虫 虫子掉下来 美国白蛾 杨絮 柳絮 飞絮 病虫害 树木虫害 树上打药 洋辣子
      树上有虫 树上好多虫 虫子掉 毛虫 刺毛虫 吊死鬼 虫害 树生虫 毛辣子 八角丁 树上掉虫
      树上长虫 飘絮
    `),
    near: ['tree_pruning', 'pests'],
  },
  {
    id: 'green_vegetable',
    label: '毁绿种菜',
    reach: 'site',
    terms: words(`
      毁绿种菜 种菜 菜地 开荒种菜 私自种菜 绿地种菜 浇粪 淋大粪 泼粪 淋粪 施粪 粪桶
      开菜地 菜园 浇大粪 泼大粪 大粪 挑粪 浇菜 圈地种菜 种了菜 淋肥 农家肥
    `),
    near: ['green_maintenance', 'illegal_building'],
  },
  {
    id: 'green_maintenance',
    label: '绿化养护差',
    reach: 'area',
    terms: words(`
      杂草 草太高 绿化养护 绿化差 绿化带 草坪 荒地 补种 绿化缺失 黄土裸露 绿化枯死
      增加绿化 没有绿化 草好高 草长高 割草 除草 绿化不好 花坛 光秃秃 种树 绿化少
      荒草 草长得 黄土朝天
    `),
    near: ['green_vegetable', 'tree_felling', 'park'],
  },
  {
    id: 'park',
    label: '公园游园建设维护',
    reach: 'area',
    terms: words(`
      建公园 缺少公园 没有公园 公园太少 口袋公园 游园 公园设施 公园维护 公园管理 健身步道
      凉亭 公园开放时间 休闲场所 没地方散步 活动场地少 修公园 建个公园 公园少 缺公园
      没地方活动 散步的地方 街心公园 步道 遛弯 公园关门
    `),
    near: ['green_maintenance', 'fitness_equipment', 'seating', 'children_play'],
  },
  {
    id: 'fitness_equipment',
    label: '健身器材',
    reach: 'site',
    terms: words(`
      健身器材 健身设施 器材坏 器材损坏 单杠 双杠 漫步机 扭腰器 太空漫步 体育器材
      健身路径 运动器材 器材生锈 健身器 器械坏 锻炼器材 器材老化 器材旧 太极推手 转腰器
      漫步器 健身设备 户外健身 建身器 器材破
    `),
    near: ['park', 'sports_venue'],
  },
  {
    id: 'seating',
    label: '休息座椅',
    reach: 'site',
    terms: words(`
      休息座椅 座椅 长椅 坐的地方 休息凳 歇脚 座凳 石凳 没地方坐 椅子坏 增设座椅
      凳子 椅子 长凳 石椅 木椅 没地方歇 休息椅 休闲椅 坐凳 休息亭
    `),
    near: ['park'],
  },
  {
    id: 'children_play',
    label: '儿童游乐设施',
    reach: 'site',
    terms: words(`
      儿童游乐 儿童游乐设施 滑滑梯 滑梯 秋千 游乐设施 沙池 儿童乐园 小孩玩的地方 游乐场
      蹦床 儿童活动场地 小孩没地方玩 孩子没地方玩 儿童区 儿童设施 跷跷板 攀爬架 沙坑
      游乐设备 儿童公园 游乐区 淘气堡
    `),
    near: ['park'],
  },
  {
    id: 'sports_venue',
    label: '运动场地',
    reach: 'area',
    terms: words(`
      足球场 乒乓球台 运动场 体育场 球场 体育馆 全民健身中心 游泳池 运动场地 操场开放
      场馆开放 打篮球 打羽毛球 打乒乓球 踢足球 没地方运动 没地方打球 学校操场 游泳馆
      网球场 气排球 门球场 篮球架 篮筐 打球的地方
    `),
    near: ['fitness_equipment'],
  },
  {
    id: 'cultural_facilities',
    label: '文化活动场所',
    reach: 'area',
    terms: words(`
      图书馆 书屋 农家书屋 文化站 文化活动室 老年活动室 活动室 社区活动中心 文体活动
      阅览室 文化中心 活动场所 图书室 看书的地方 活动中心 文化礼堂 文化室 老人没地方去
      老年大学
    `),
  },
  // Animals and pests
  {
    id: 'dog_management',
    label: '文明养犬',
    reach: 'area',
    terms: words(`
      不牵绳 不拴绳 狗绳 恶犬 大型犬 烈性犬 禁养犬 犬证 办狗证 狗吓人 遛狗 养狗
      狗屎 狗粪 狗便 宠物粪便 狗尿 狗撒尿 狗咬 狗拉屎 狗乱拉 狗不拴 没拴狗 狗扑人
      狗追人
    `),
    near: ['animal_noise', 'stray_animals'],
  },
  {
    id: 'stray_animals',
    label: '流浪猫狗',
    reach: 'area',
    terms: words(`
      流浪狗 流浪猫 流浪犬 野狗 野猫 流浪动物 投喂流浪猫 喂流浪猫 喂野猫 投喂 猫叫春
      发情叫 流浪狗咬人 收容 无主狗 无主猫 喂猫 喂狗 猫粮 猫窝 猫狗多 猫抓车
    `),
    near: ['dog_management', 'animal_noise'],
  },
  {
    id: 'urban_poultry',
    label: '小区养鸡鸭鸽',
    reach: 'site',
    terms: words(`
      养鸡 养鸭 养鸽子 养鸽 鸽子 鸽子粪 鸡鸭 散养家禽 家禽 鸡粪 阳台养鸡 楼顶养鸽
      养了鸡 养了鸭 鸡鸭乱跑 鸡屎 鸭屎 鸽粪 鸡笼 养鹅 散养鸡 养兔子 鸽棚 鸡舍
    `),
    near: ['animal_noise', 'livestock_farm'],
  },
  {
    id: 'livestock_farm',
    label: '养殖场污染',
    reach: 'area',
    terms: words(`
      养殖场 养猪场 猪场 养猪 养殖污染 猪粪 养殖臭 牛棚 养牛 鸭棚 养殖废水 粪污
      猪圈 猪栏 猪屎 猪臭 养鸡场 养鸭场 牛粪 养羊 养殖户 养殖污水 养殖棚 畜禽养殖
    `),
    near: ['urban_poultry'],
  },
  {
    id: 'pests',
    label: '蚊虫鼠害',
    reach: 'area',
    terms: words(`
      老鼠 鼠患 老鼠多 蟑螂 蚊子 蚊虫 苍蝇 白蚁 消杀 灭鼠 灭蚊 四害 跳蚤 臭虫
      蚂蚁 耗子 飞虫 蠓虫 灭蟑 杀虫 鼠药 蜈蚣 蚊蝇 虫子多 偷油婆
    `),
    near: ['tree_pests'],
  },
  // Markets, shops and street trade
  {
    id: 'street_vending',
    label: '占道经营流动摊贩',
    reach: 'site',
    terms: words(`
      占道经营 流动摊贩 摆摊 摊贩 马路市场 出店经营 店外经营 跨门经营 路边摊 流动摊点
      早市占道 马路菜场 堆放商品 地摊 路边卖菜 占道卖菜 推车卖 小贩 游商 出摊 卖菜占道
      水果摊 三轮车卖 摊子摆到 马路边卖
    `),
    near: ['wet_market', 'night_snack', 'auto_repair'],
  },
  {
    id: 'wet_market',
    label: '菜市场环境管理',
    reach: 'site',
    terms: words(`
      菜市场脏 市场脏乱 市场脏 市场臭 市场污水 市场管理 菜市场管理 活禽宰杀 活禽 杀鸡
      鱼腥味 菜市场环境 市场卫生 农贸市场改造 菜场改造 菜场脏 菜场臭 菜市场乱 市场乱 杀鱼
      宰鸡 活鸡 摊位费 菜场污水 市场地滑
    `),
    near: ['street_vending', 'market_access'],
  },
  {
    id: 'market_access',
    label: '买菜难',
    reach: 'area',
    terms: words(`
      买菜难 买菜不方便 没有菜市场 建菜市场 菜市场太远 便民市场 生鲜超市 菜市场关了
      缺少菜市场 买菜远 社区菜店 没地方买菜 买菜不便 买菜好远 没有菜场 菜市场拆了 建菜场
      生鲜店 买个菜 买菜要跑 菜场远 菜市场远 买菜要坐车
    `),
    near: ['wet_market'],
  },
  {
    id: 'short_weight',
    label: '缺斤少两价格欺诈',
    reach: 'site',
    terms: words(`
      缺斤少两 短斤缺两 鬼秤 秤不准 假秤 价格欺诈 宰客 明码标价 强买强卖 价格虚高
      乱涨价 哄抬物价 以次充好 假货 少秤 短秤 扣秤 不够秤 秤有问题 漫天要价 价格不符
      标价不符 假冒伪劣 鬼称
    `),
  },
  {
    id: 'food_safety',
    label: '食品安全',
    reach: 'site',
    terms: words(`
      食品安全 过期食品 变质 吃坏肚子 食物中毒 拉肚子 无证经营 黑作坊 地沟油 三无产品
      小作坊 卫生许可 健康证 后厨 吃出虫 吃出异物 吃出头发 后厨脏 卫生不合格 注水肉
      病死猪 农药残留 吃坏了 食品过期
    `),
    near: ['school_meals'],
  },
  {
    id: 'prepaid_refund',
    label: '预付卡退费跑路',
    reach: 'site',
    terms: words(`
      预付卡 办卡 会员卡 充值卡 退费难 退款难 跑路 卷款 培训机构跑路 健身房跑路 美容院
      理发店办卡 储值卡 办了卡 卡里还有钱 退不了钱 不给退 不退钱 人去楼空 突然关门 健身卡
      美发卡 老板跑了
    `),
  },
  {
    id: 'billboard',
    label: '广告牌招牌安全',
    reach: 'site',
    terms: words(`
      广告牌 招牌 店招 户外广告 广告牌松动 招牌掉 广告牌倾斜 楼顶广告 大型广告牌 招牌脱落
      广告牌掉 灯箱 门头 牌子要掉 牌子掉下来 牌子松 楼顶大字 广告架 店牌 广告布 广告塔
      楼顶字
    `),
    near: ['facade_falling'],
  },
  {
    id: 'auto_repair',
    label: '汽修洗车店占道污染',
    reach: 'site',
    terms: words(`
      汽修店 修车店 洗车店 洗车污水 汽修喷漆 占道修车 修车占道 补胎 汽修噪音 洗车场
      修车铺 路边修车 修车行 汽修厂 修理厂 洗车水 路边洗车 洗车房 汽车美容 烤漆 钣金
      修车吵 二手车占道 汽修占道 洗车噪音
    `),
    near: ['street_vending'],
  },
  {
    id: 'elderly_scam',
    label: '骗老人和非法推销',
    reach: 'site',
    terms: words(`
      诈骗 骗老人 保健品 会销 免费领鸡蛋 送鸡蛋 养老诈骗 骗钱 传销 电信诈骗 理财骗局
      非法集资 养老投资 被骗 上当受骗 骗子 送礼品 养生讲座 健康讲座 理疗仪 洗脑 刷单
      冒充公检法 骗老年人 领礼品
    `),
  },
  {
    id: 'parcel_delivery',
    label: '快递收发',
    reach: 'site',
    terms: words(`
      快递 快递柜 丰巢 快递驿站 菜鸟驿站 驿站 不送上门 送货上门 快递收费 超时收费
      快递堆放 快递点 菜鸟 兔喜 取件 丢件 包裹 不上门 不送到家 快件 寄件 代签收
      被签收 派件 揽收
    `),
  },
  // Construction, planning and housing
  {
    id: 'illegal_building',
    label: '违章建筑和侵占公共区域',
    reach: 'site',
    terms: words(`
      违建 违章建筑 违法建设 违章搭建 私搭乱建 乱搭乱建 加建 加层 楼顶加盖 顶楼加盖
      搭棚 铁皮房 阳光房 圈地 拆违 占用公共区域 公共区域被占 占用绿地 侵占公共部位
      私自加盖 违规加盖 占公共区域 占绿地 乱搭建 彩钢棚
    `),
    near: ['green_vegetable', 'homestead'],
  },
  {
    id: 'construction_damage',
    label: '施工损坏房屋管线',
    reach: 'unit',
    terms: words(`
      施工震动 施工振动 震裂 震坏 基坑 深基坑 基坑开挖 打桩震动 挖断 挖断水管 挖断电缆
      施工损坏 地铁施工导致 施工导致裂缝 震得房子 震动太大 挖坏 挖破 管线挖断 施工开裂
      周边沉降 施工导致 房子被震 墙被震 施工后开裂
    `),
    near: ['house_danger', 'construction_noise'],
  },
  {
    id: 'planning_change',
    label: '规划变更配套不落实',
    reach: 'area',
    terms: words(`
      规划变更 擅自变更规划 改规划 规划调整 配套设施 配套未落实 公建配套 规划公示 虚假宣传
      承诺没兑现 配套用房 规划用途 容积率 规划许可 规划改了 规划变了 规划不符 配套没建
      配套不到位 配套缺失 当初承诺 改变用途 变更用途 开发商承诺
    `),
    near: ['stalled_project', 'new_house_quality'],
  },
  {
    id: 'stalled_project',
    label: '烂尾延期交房',
    reach: 'area',
    terms: words(`
      烂尾 烂尾楼 延期交房 逾期交房 交房 停工 保交楼 项目停工 开发商跑路 工地停工
      开发商 复工 迟迟不交房 交不了房 房子交不了 工地不动 工地没动 开发商没钱 资金链 断贷
      停贷 逾期交付 保交房 还房贷 还月供
    `),
    near: ['new_house_quality', 'planning_change', 'property_certificate'],
  },
  {
    id: 'property_certificate',
    label: '不动产权证办理',
    reach: 'area',
    terms: words(`
      房产证 不动产证 不动产权证 产权证 办证难 两证 土地证 确权 网签 房本 办不了证
      办房产证 契税 拿不到证 不动产 过户 办证慢 首次登记 小产权 交房不办证
    `),
    near: ['stalled_project'],
  },
  {
    id: 'demolition',
    label: '征收拆迁补偿',
    reach: 'area',
    terms: words(`
      拆迁 征收 征拆 拆迁补偿 补偿款 安置房 还建房 回迁 过渡费 强拆 拆迁安置
      棚改安置 拆房子 补偿太低 补偿少 强行拆 房子被拆 过渡安置 安置费 货币补偿 房票
      强制拆除 折迁
    `),
    near: ['old_estate_renovation', 'land_acquisition'],
  },
  {
    id: 'public_housing',
    label: '公租房保障房',
    reach: 'policy',
    terms: words(`
      公租房 廉租房 保障房 保障性住房 人才公寓 租赁补贴 住房补贴 申请公租房 轮候 配租
      保障性租赁住房 公租房分配 廉租 住房困难 没房住 租不起房 房租太贵 房租贵 人才房
      经适房 经济适用房 共有产权房 租房补贴 人才住房 保租房
    `),
  },
  {
    id: 'housing_fund',
    label: '住房公积金',
    reach: 'policy',
    terms: words(`
      公积金 住房公积金 提取公积金 公积金贷款 公积金缴存 公积金提取 公积金账户 公积金比例 gjj
      公基金 商转公 组合贷 租房提取 购房提取 缴存基数 缴存比例 功积金
    `),
  },
  // Public safety
  {
    id: 'fire_lane',
    label: '消防通道堵塞',
    reach: 'site',
    terms: words(`
      消防通道 生命通道 消防车道 堵塞消防通道 占用消防通道 消防通道被占 消防通道停车 安全通道
      疏散通道 安全出口堵 消防车进不来 消防登高面 消防车开不进 消防车过不去 逃生通道 救援通道
      通道被堵 通道被占 消防登高场地 消防通到 挡住消防 堵住消防 占用通道 楼道堵死
    `),
    near: ['stairwell_clutter', 'illegal_parking'],
  },
  {
    id: 'fire_equipment',
    label: '消防设施损坏缺失',
    reach: 'site',
    terms: words(`
      灭火器 消火栓 消防栓 消防设施 消防器材 喷淋 烟感 消防水带 消防水箱 消防没水
      应急灯 安全出口灯 消防门 防火门 消防设备 消防箱 消防水管 消防管道 烟雾报警器
      应急照明 疏散指示 消防系统 消防泵 灭火毯
    `),
  },
  {
    id: 'dangerous_goods',
    label: '危险品和瓶装液化气',
    reach: 'site',
    terms: words(`
      危化品 危险品 易燃易爆 私存汽油 散装汽油 违规存放 液化气 煤气罐 瓶装气 煤气瓶
      钢瓶 黑气站 液化气站 煤气坛子 液化气坛子 气罐 非法充气 倒气 黑气瓶 汽油桶 易燃物
      化学品 煤气坛 储存汽油 烟花仓库
    `),
    near: ['gas_leak'],
  },
  {
    id: 'theft',
    label: '盗窃',
    reach: 'area',
    terms: words(`
      被偷 小偷 盗窃 偷东西 偷电动车 失窃 入室盗窃 撬门 撬锁 扒窃 偷电缆 偷井盖
      偷菜 被盗 偷车 撬车 翻窗 偷电瓶 偷快递 扒手 遭贼 进贼 被撬 偷盗 顺走
    `),
    near: ['cctv', 'estate_security'],
  },
  {
    id: 'public_order',
    label: '治安和打架滋事',
    reach: 'site',
    terms: words(`
      治安 治安差 打架 打架斗殴 闹事 醉酒闹事 寻衅滋事 混混 社会青年 聚众 喝醉酒
      巡逻 耍酒疯 流浪汉 砍人 持刀 醉汉 酒鬼 发酒疯 流氓 收保护费 涉黑 晚上不安全
      黑恶 扫黑
    `),
  },
  {
    id: 'water_safety',
    label: '防溺水',
    reach: 'site',
    terms: words(`
      溺水 防溺水 河边护栏 水塘危险 野泳 游泳危险 深水区 救生圈 水边警示牌 下河游泳
      淹死 有人落水 掉进水里 下河洗澡 下塘洗澡 掉河里 掉塘里 掉水里 溺亡 游泳淹
      水深危险 小孩玩水
    `),
  },
  {
    id: 'geohazard',
    label: '山体滑坡边坡',
    reach: 'site',
    terms: words(`
      山体滑坡 滑坡 塌方 边坡 挡土墙 护坡 落石 泥石流 地质灾害 边坡垮塌 土坡
      山体垮塌 山垮 山塌 坡垮 坡塌 土垮 垮山 滚石 掉石头 挡墙 山体开裂 地裂缝
      山体松动 山体裂缝
    `),
  },
  // Schools and children
  {
    id: 'school_enrollment',
    label: '入学和学区划分',
    reach: 'policy',
    terms: words(`
      学区 划片 对口学校 入学 上学难 学位 学籍 招生 随迁子女 没有学位 入学政策
      读书难 读不到书 没学上 没书读 学校不收 学区房 小升初 幼升小 派位 上不了学
      跨区上学 读公办 读民办 读不了书
    `),
    near: ['school_construction', 'kindergarten'],
  },
  {
    id: 'school_construction',
    label: '学校建设不足',
    reach: 'area',
    terms: words(`
      建学校 配建学校 学校建设 学校太远 缺学校 没有学校 小学不够 中学不够 学校配套
      学校扩建 学校选址 学校开工 学校建成 修学校 建个学校 学校不够 学校太少 没学校
      没有中学 没有小学 缺小学 缺中学 配套学校 学校延期 学校还没建
    `),
    near: ['school_enrollment', 'kindergarten', 'rural_school'],
  },
  {
    id: 'kindergarten',
    label: '入园难和幼儿园收费',
    reach: 'area',
    terms: words(`
      入园难 普惠园 普惠性幼儿园 公办园 公办幼儿园 民办园 幼儿园学位 入托 上幼儿园
      幼儿园太远 幼儿园不够 幼儿园收费 保教费 幼儿园学费 入园报名 幼儿园贵 幼儿园太贵
      幼儿园少 没有幼儿园 上不了幼儿园 进不了幼儿园 公立幼儿园 民办幼儿园 普惠幼儿园 入园费
    `),
    near: ['school_enrollment', 'school_construction', 'childcare'],
  },
  {
    id: 'childcare',
    label: '托育和生育支持',
    reach: 'policy',
    terms: words(`
      托育 托育机构 托儿所 托班 婴幼儿照护 托育补贴 带孩子没人 没人带孩子 育儿补贴
      生育补贴 生育津贴 产假 生育保险 没人带娃 小孩没人带 托儿 育儿假 三孩 二孩 生育险
      生育政策 产检 带娃难 带孩子难
    `),
    near: ['kindergarten'],
  },
  {
    id: 'after_school',
    label: '课后服务和放学时间',
    reach: 'policy',
    terms: words(`
      课后服务 课后托管 延时服务 放学早 放学时间 托管班 作业多 作业负担 双减 周末补课
      寒暑假托管 暑托班 有偿补课 三点半难题 三点半放学 放学太早 3点半放学 放学没人接
      接不了孩子 晚托 作业太多 作业好多 补课 托管费 四点半放学
    `),
    near: ['school_charges'],
  },
  {
    id: 'school_charges',
    label: '学校收费',
    reach: 'policy',
    terms: words(`
      学校收费 学校乱收费 课后服务费 校服费 资料费 教辅资料 代收费 赞助费 择校费 学杂费
      班费 借读费 学校收钱 学校要钱 订资料 强制订 校服 学生保险 书本费 学校捐款 买资料
      学校推销
    `),
    near: ['after_school'],
  },
  {
    id: 'school_meals',
    label: '学校食堂供餐',
    reach: 'site',
    terms: words(`
      学校食堂 食堂饭菜 学生餐 营养餐 午餐 饭菜质量 配餐 校餐 午托 小饭桌 学生吃饭
      食堂卫生 伙食费 食堂饭 饭菜难吃 吃不饱 伙食差 伙食不好 饭菜差 食堂难吃 在校吃饭
      学校饭菜 配餐公司 学生营养 食堂菜
    `),
    near: ['food_safety'],
  },
  {
    id: 'bullying',
    label: '校园欺凌和体罚',
    reach: 'site',
    terms: words(`
      校园欺凌 霸凌 欺凌 被欺负 学生打架 校园暴力 勒索学生 孩子被打 体罚 变相体罚
      老师打学生 辱骂学生 被同学打 同学欺负 勒索 罚站 罚抄 打手心 冷暴力 被高年级
      学生被打 同学打
    `),
    near: ['school_surroundings'],
  },
  {
    id: 'school_surroundings',
    label: '校园周边环境',
    reach: 'site',
    terms: words(`
      校园周边 学校周边 网吧 游戏厅 三无零食 辣条 小卖部 学生安全 校门口摊贩 校园安全
      校门口摊 学校门口摆摊 垃圾食品 五毛零食 电玩城 娃娃机 台球室 卖给学生 未成年人进入
      学校周围
    `),
    near: ['school_traffic', 'bullying'],
  },
  {
    id: 'rural_school',
    label: '农村学校和上学远',
    reach: 'area',
    terms: words(`
      撤点并校 上学路远 上学太远 校车 教学点 乡村学校 农村学校 寄宿 留守儿童 乡村教师
      代课老师 村小学 村级小学 上学远 读书远 学校撤了 学校合并 学校撤并 住校 没有校车
      上学要走
    `),
    near: ['school_construction'],
  },
  // Health and medical insurance
  {
    id: 'primary_care',
    label: '社区卫生服务',
    reach: 'area',
    terms: words(`
      社区医院 社区卫生服务中心 社区卫生服务站 乡镇卫生院 村卫生室 卫生室 村医 乡村医生
      家庭医生 看病远 看病不方便 诊所 社区门诊 没医院 没有医院 看病难 医院太远 离医院远
      社区医生 村医生 卫生站 签约医生 卫生服务站 看个病 看病要跑
    `),
    near: ['hospital_service'],
  },
  {
    id: 'hospital_service',
    label: '医院就诊服务',
    reach: 'site',
    terms: words(`
      挂号难 挂号 看病排队 候诊 医生态度 护士态度 医院收费 过度医疗 乱开药 乱检查
      看专家 医院停车 陪护 住院难 床位紧张 医疗纠纷 急救 救护车 挂不上号 挂不到号
      号难挂 医生凶 医院乱收费 急诊 看病贵
    `),
    near: ['primary_care'],
  },
  {
    id: 'medical_insurance_fee',
    label: '医保缴费',
    reach: 'policy',
    terms: words(`
      医保 医保缴费 医保费 医保涨价 医保费上涨 居民医保 城乡居民医保 医疗保险 交医保
      医保太贵 医保断缴 医保参保 合作医疗 新农合 农合 医疗险 医疗保障
    `),
    near: ['medical_insurance_claims', 'social_insurance'],
  },
  {
    id: 'medical_insurance_claims',
    label: '医保报销',
    reach: 'policy',
    terms: words(`
      医保报销 报销比例 报销 异地就医 异地报销 门诊报销 慢特病 门特 慢性病 医保卡
      医保电子凭证 大病保险 医保目录 起付线 医保结算 报得少 自费药 全自费 跨省就医 转诊
      门诊统筹 慢病 大病医保 特殊病种 两病
    `),
    near: ['medical_insurance_fee', 'pharmacy'],
  },
  {
    id: 'pharmacy',
    label: '药品和药店',
    reach: 'site',
    terms: words(`
      买药难 药店 药价 药贵 缺药 药品短缺 买不到药 医保药店 定点药店 药品价格 处方药
      药太贵 药好贵 买药贵 买药不方便 药房 断药 集采 特药 开不到药 配不到药 拿不到药
      药费贵
    `),
    near: ['medical_insurance_claims'],
  },
  {
    id: 'vaccination',
    label: '疫苗接种',
    reach: 'site',
    terms: words(`
      疫苗 接种 打疫苗 预防针 接种点 疫苗预约 九价 hpv 狂犬疫苗 疫苗短缺 狂犬针
      打狂犬 破伤风 四价 二价 带状疱疹 宫颈癌 约不到苗 约苗 打流感
    `),
  },
  // Social security, elderly, disability
  {
    id: 'social_insurance',
    label: '社保缴费',
    reach: 'policy',
    terms: words(`
      社保 社保缴费 灵活就业社保 社保断缴 补缴 补缴社保 社保转移 社保卡 缴费基数 缴费年限
      社保费 社保涨 参保 社保补贴 五险一金 交保险 断保 灵活就业 社会保险 人社局 五险
      断缴
    `),
    near: ['medical_insurance_fee', 'pension'],
  },
  {
    id: 'pension',
    label: '养老金',
    reach: 'policy',
    terms: words(`
      养老金 养老保险 退休金 基础养老金 城乡居民养老保险 养老金太低 养老金调整 领取养老金
      退休手续 办退休 退休年龄 养老金待遇 养老金发放 退休工资 养老钱 延迟退休 退休待遇
      工龄 视同缴费 企业退休 退休费 养老待遇
    `),
    near: ['social_insurance', 'elderly_allowance'],
  },
  {
    id: 'minimum_living',
    label: '低保和困难救助',
    reach: 'policy',
    terms: words(`
      低保 特困 特困供养 五保户 临时救助 困难救助 社会救助 困难家庭 低收入家庭 救助金
      孤儿 困难户 贫困户 救济 生活困难 家里困难 困难补助 没收入 活不下去 防返贫 脱贫户
      困难群众 揭不开锅 生活没着落 底保
    `),
    near: ['disability_benefits', 'elderly_allowance'],
  },
  {
    id: 'disability_benefits',
    label: '残疾人补贴和服务',
    reach: 'policy',
    terms: words(`
      残疾证 残疾补贴 两项补贴 护理补贴 重度残疾 残联 残疾评定 评残 辅具 辅助器具
      康复服务 残疾人就业 残疾儿童康复 残疾人 残疾鉴定 残疾等级 助听器 假肢 康复训练
      自闭症 脑瘫 重残 精神残疾 智障 聋哑
    `),
    near: ['accessibility', 'minimum_living'],
  },
  {
    id: 'accessibility',
    label: '无障碍设施',
    reach: 'site',
    terms: words(`
      无障碍 无障碍通道 无障碍设施 无障碍坡道 坡道 轮椅 轮椅通行 盲道 盲道被占
      无障碍卫生间 无障碍电梯 台阶太高 推轮椅 残疾人通道 台阶多 台阶高 婴儿车 推车上不去
      母婴室 盲人 台阶太陡
    `),
    near: ['sidewalk', 'disability_benefits', 'elderly_retrofit'],
  },
  {
    id: 'elderly_canteen',
    label: '老年食堂助餐',
    reach: 'area',
    terms: words(`
      老年食堂 长者食堂 助餐 老人吃饭 老人吃饭难 助餐点 社区食堂 老年餐 送餐上门 助老餐
      老年人吃饭 老人做饭难 吃饭不方便 长者饭堂 社区饭堂 爱心餐 幸福食堂 老人午餐 老人食堂
      老人买饭 老年饭桌 老人三餐 长者餐 老人送饭
    `),
    near: ['elderly_home_care'],
  },
  {
    id: 'elderly_home_care',
    label: '居家社区养老服务',
    reach: 'area',
    terms: words(`
      居家养老 社区养老 日间照料 日间照料中心 养老服务中心 独居老人 空巢老人 老人没人照顾
      上门服务 助浴 老人关爱 独居 孤寡老人 空巢 上门护理 居家护理 养老驿站 照顾老人
      助洁 助医 养老服务 上门照护 喘息服务 居家照护 老人走失
    `),
    near: ['elderly_canteen', 'nursing_home', 'elderly_retrofit'],
  },
  {
    id: 'nursing_home',
    label: '养老院床位',
    reach: 'area',
    terms: words(`
      养老院 敬老院 养老机构 护理院 养老床位 失能老人 失能 半失能 公办养老院 养老院收费
      养老院太贵 进养老院 医养结合 福利院 老年公寓 托老所 护理费 卧床老人 瘫痪老人
      长期护理 长护险 老人院 光荣院
    `),
    near: ['elderly_home_care'],
  },
  {
    id: 'elderly_allowance',
    label: '高龄津贴老年补贴',
    reach: 'policy',
    terms: words(`
      高龄津贴 高龄补贴 老年补贴 老人补贴 百岁老人 尊老金 养老服务补贴 长寿补贴 老年优待
      老年证 高龄补助 老年津贴 老人津贴 80岁补贴 90岁补贴 百岁补贴 长寿金 敬老金
      八十岁补贴 九十岁补贴 老年人补贴
    `),
    near: ['pension', 'minimum_living'],
  },
  // Work
  {
    id: 'job_seeking',
    label: '就业岗位',
    reach: 'area',
    terms: words(`
      找工作 找不到工作 就业 就业岗位 招聘 招聘会 公益性岗位 公益岗 零工市场 打零工
      零工 就业难 家门口就业 工作难找 失业 工作不好找 找事做 下岗 岗位少 找活 招工
      就业机会 零工驿站
    `),
    near: ['employment_support'],
  },
  {
    id: 'employment_support',
    label: '就业创业扶持',
    reach: 'policy',
    terms: words(`
      失业金 失业保险 失业保险金 失业补助 失业登记 稳岗补贴 就业补贴 技能培训 职业培训
      免费培训 培训补贴 职业技能 创业 创业担保贷款 个体户 营业执照 贴息贷款 学技术 学手艺
      技能提升 失业补贴 就业扶持 小额贷款 学门手艺 就业培训
    `),
    near: ['job_seeking'],
  },
  {
    id: 'wage_arrears',
    label: '拖欠工资',
    reach: 'site',
    terms: words(`
      欠薪 拖欠工资 讨薪 不发工资 工资拖欠 农民工工资 欠工资 克扣工资 工钱 包工头
      拿不到工资 工资不发 讨工资 工资没发 不给工资 老板欠钱 要工资 要不到工资 讨不到工资
      拖工资 压工资 扣工资 没发工资 血汗钱
    `),
    near: ['labour_rights'],
  },
  {
    id: 'labour_rights',
    label: '劳动权益',
    reach: 'site',
    terms: words(`
      劳动合同 不签合同 辞退 加班费 强制加班 工伤 不交社保 最低工资 试用期 劳务派遣
      经济补偿 没签合同 合同不签 开除 炒鱿鱼 裁员 天天加班 996 不买社保 童工 降薪
      违法用工 劳动仲裁 超时加班 劳动监察
    `),
    near: ['wage_arrears'],
  },
  // Telecom
  {
    id: 'mobile_signal',
    label: '手机信号差',
    reach: 'area',
    terms: words(`
      信号差 手机信号 没信号 信号弱 信号不好 5g信号 4g信号 打不通电话 基站 建基站
      移动信号 电信信号 联通信号 手机没信号 信号覆盖 没有信号 信号很差 信号太差 信号好差
      信号不稳 4g慢 信号盲区 冒得信号 信号时有时无
    `),
  },
  {
    id: 'broadband',
    label: '宽带和有线电视',
    reach: 'unit',
    terms: words(`
      宽带 光纤 网速慢 网速 断网 网络故障 光猫 wifi 宽带垄断 只能装 宽带进场 网络差
      有线电视 机顶盒 电视信号 网太慢 网络慢 网络卡 没网 上不了网 掉线 电视看不了
      网很卡 网好卡 电视没信号
    `),
    near: ['telecom_billing'],
  },
  {
    id: 'telecom_billing',
    label: '通信乱扣费',
    reach: 'policy',
    terms: words(`
      话费 扣费 乱扣费 营业厅 流量费 携号转网 宽带费 强制升级套餐 销号 增值业务
      话费套餐 流量套餐 改套餐 退订 手机卡 副卡 合约机 停机 电话卡 宽带合约 被开通
    `),
    near: ['broadband'],
  },
  // Rural matters
  {
    id: 'irrigation',
    label: '农田灌溉',
    reach: 'area',
    terms: words(`
      灌溉 水渠 农田水利 水利 抽水机 机埠 排灌 农田灌溉 干旱 河坝 泵站 田里没水
      田没水 稻田缺水 田干了 抗旱 沟渠 渠道堵 三面光 电排 插不了秧 禾苗干死 田里开裂
      水进不了田 田里缺水
    `),
    near: ['pond', 'farmland', 'flood_control'],
  },
  {
    id: 'pond',
    label: '山塘水库',
    reach: 'area',
    terms: words(`
      山塘 塘坝 水塘 山塘漏水 山塘垮 塘堤 病险山塘 水库 小水库 除险加固 山塘维修
      塘基 山塘承包 塘漏水 塘垮 塘淤 清塘 挖塘 塘泥 水库漏 山塘干 水塘淤 塘干了
      塘里没水 塘里淤泥
    `),
    near: ['irrigation', 'flood_control'],
  },
  {
    id: 'flood_control',
    label: '防汛河堤',
    reach: 'area',
    terms: words(`
      防汛 河堤 堤坝 堤防 溃堤 防洪 洪水 涨水 淹田 排涝 撇洪渠 决堤 汛期
      发大水 涨大水 洪涝 河水涨 堤垮 管涌 河岸垮 河岸塌 护岸 垸堤 田被淹 河水倒灌
    `),
    near: ['pond', 'waterlogging', 'irrigation'],
  },
  {
    id: 'farmland',
    label: '耕地农田保护',
    reach: 'area',
    terms: words(`
      农田 耕地 基本农田 撂荒 抛荒 高标准农田 占用耕地 田地 稻田 种田 农田被占 田埂
      田荒了 荒田 没人种 田被占 占田 毁田 田被挖 填田 非农化 非粮化 地荒了 田里建房
      种不了田
    `),
    near: ['irrigation', 'land_transfer'],
  },
  {
    id: 'land_transfer',
    label: '土地流转承包',
    reach: 'area',
    terms: words(`
      土地流转 流转费 土地租金 流转土地 土地承包 承包地 承包合同 土地纠纷 流转合同
      土地流转费 租田 田租 转包 承包费 承包款 土地确权 承包期 流转给 承包户 土地被租
    `),
    near: ['farmland', 'land_acquisition'],
  },
  {
    id: 'land_acquisition',
    label: '征地补偿',
    reach: 'area',
    terms: words(`
      征地 征地补偿 土地补偿 青苗补偿 青苗费 安置补偿 被征地农民 失地农民 征地社保 留用地
      征地款 土地征收 地被征 田被征 征了地 征田 青苗钱 附着物 失地 补偿不到位 征收土地
    `),
    near: ['demolition', 'land_transfer'],
  },
  {
    id: 'homestead',
    label: '宅基地和农村建房',
    reach: 'site',
    terms: words(`
      宅基地 农村建房 建房审批 自建房 批地 一户一宅 翻建 建房手续 宅基地审批 建房难
      农房改造 危房改造 建房 盖房 起屋 修房子 宅基 拆旧建新 农房 建不了房 批不了地
      起不了屋
    `),
    near: ['illegal_building'],
  },
  {
    id: 'agri_subsidy',
    label: '农业补贴',
    reach: 'policy',
    terms: words(`
      种粮补贴 耕地地力补贴 地力补贴 农机补贴 惠农补贴 农业补贴 种植补贴 惠农资金 粮食补贴
      良种补贴 惠农一卡通 种田补贴 种地补贴 惠农卡 农业保险 农险 双季稻 耕地补贴 农资补贴
      种粮大户 稻谷补贴 农机购置
    `),
  },
  {
    id: 'wildlife_crops',
    label: '野猪毁庄稼',
    reach: 'site',
    terms: words(`
      野猪 野猪拱 糟蹋庄稼 庄稼被毁 毁庄稼 野兽 猴子 野生动物 毒蛇 庄稼被吃 野兔
      野鸡 麂子 庄稼被糟蹋 红薯被拱 花生被吃 玉米被吃 菜被吃 糟蹋菜 庄稼被拱 吃庄稼
      花生被拱
    `),
  },
  {
    id: 'rural_drinking_water',
    label: '农村饮水',
    reach: 'area',
    terms: words(`
      安全饮水 饮水工程 吃水难 喝水难 通自来水 自来水入户 自来水没通 井水 水井 山泉水
      农村供水 自来水管网延伸 水厂 农村饮水 没自来水 没有自来水 井没水 井干了 打井 挖井
      水源 饮水安全 挑水 自来水不通
    `),
    near: ['water_outage'],
  },
  {
    id: 'rural_sewage',
    label: '农村生活污水',
    reach: 'area',
    terms: words(`
      农村生活污水 生活污水 污水乱排 污水处理站 污水处理设施 污水沟 污水处理 污水管网
      户用污水 污水乱流 脏水乱排 生活废水 污水排到 排到河里 排到沟里 污水没处理 洗衣水
      污水到处流 臭水沟 排到田里 污水横排
    `),
    near: ['sewage_overflow', 'river_pollution', 'rural_toilet'],
  },
  {
    id: 'rural_toilet',
    label: '农村改厕',
    reach: 'area',
    terms: words(`
      改厕 旱厕 户厕 厕所改造 厕所革命 三格式化粪池 化粪池抽粪 抽粪 粪池 改厕补贴 茅坑
      粪坑 三格池 三格化粪池 水冲厕所 粪满了 厕所不能用 蹲坑 室外厕所
    `),
    near: ['public_toilet', 'rural_sewage'],
  },
  {
    id: 'village_environment',
    label: '农村人居环境',
    reach: 'area',
    terms: words(`
      人居环境 村容村貌 农村垃圾 垃圾收集点 柴草堆 房前屋后 美丽乡村 屋场环境 村庄清洁
      农村环境 村里好脏 屋场脏 村庄整治 柴堆 屋前屋后 村庄脏乱 柴火乱堆 村庄环境 屋场卫生
      垃圾收集池
    `),
    near: ['garbage_pileup'],
  },
  {
    id: 'village_finance',
    label: '村务财务公开',
    reach: 'area',
    terms: words(`
      村务公开 财务公开 村账 集体资金 集体收入 分红 集体经济 村集体 集体土地收益
      账目不公开 村级财务 村集体收益 村干部贪 贪污 集体资产 截留 村财 三资 村里的钱
      侵占集体 征地款分配
    `),
  },
  // Government services and other
  {
    id: 'government_service',
    label: '政务办事难和作风',
    reach: 'policy',
    terms: words(`
      办事难 办事大厅 政务服务 政务中心 跑多次 跑断腿 一网通办 开证明 证明多 材料多
      办事排队 网上办事 预约难 盖章难 推诿扯皮 踢皮球 门难进 脸难看 懒政 办事慢
      办事麻烦 手续繁琐 手续多 跑了好几趟 来回跑
    `),
    near: ['hukou'],
  },
  {
    id: 'hukou',
    label: '户籍证件办理',
    reach: 'policy',
    terms: words(`
      户口 落户 户籍 迁户口 户口迁移 身份证 居住证 集体户 户口本 上户口 办身份证
      落不了户 上不了户 黑户 分户 人户分离 出生登记 准迁证 迁不了户
    `),
    near: ['government_service'],
  },
  {
    id: 'cemetery',
    label: '公墓殡葬',
    reach: 'policy',
    terms: words(`
      公墓 墓地 墓位 骨灰堂 安葬 殡葬费 乱埋乱葬 散埋乱葬 殡仪馆 墓地价格 祭扫
      殡葬改革 坟地 坟山 迁坟 祖坟 坟墓 土葬 火化 骨灰 丧葬费 陵园 扫墓 死不起
      乱葬
    `),
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
 * - 哒 (了) is rewritten only after the verbs complaints use (坏哒, 停哒, 堵哒, 爆哒, 熄哒, 垮哒 …): 哒哒 is
 *   a sound, and 滴哒 is not rewritten (滴哒滴哒).
 * - Typos are rewritten only where the typo never stands in ordinary text (天燃气, 燃汽, 班马线, 牛皮藓,
 *   窖井盖, 消防拴); 红路灯 (for 红绿灯) is neither a rewrite nor a term, because a road whose name ends in
 *   红 may be followed by 路灯 (…红路路灯, …红路灯不亮).
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
  ['爆哒', '爆了'],
  ['破哒', '破了'],
  ['垮哒', '垮了'],
  ['裂哒', '裂了'],
  ['熄哒', '熄了'],
  ['灭哒', '灭了'],
  ['歪哒', '歪了'],
  ['丢哒', '丢了'],
  ['偷哒', '偷了'],
  ['砍哒', '砍了'],
  ['挖哒', '挖了'],
  ['涨哒', '涨了'],
  ['锁哒', '锁了'],
  ['关哒', '关了'],
  ['响哒', '响了'],
  ['松哒', '松了'],
  ['沉哒', '沉了'],
  ['翘哒', '翘了'],
  ['封哒', '封了'],
  ['占哒', '占了'],
  ['拆哒', '拆了'],
  ['干哒', '干了'],
  ['吵哒', '吵了'],
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
  ['天燃气', '天然气'],
  ['燃汽', '燃气'],
  ['煤汽', '煤气'],
  ['班马线', '斑马线'],
  ['牛皮藓', '牛皮癣'],
  ['窖井盖', '窨井盖'],
  ['消防拴', '消防栓'],
  ['消火拴', '消火栓'],
  ['违张', '违章'],
  ['章螂', '蟑螂'],
  ['赌塞', '堵塞'],
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
  ['屬', '属'], ['簽', '签'], ['稅', '税'], ['輔', '辅'], ['嗎', '吗'], ['聞', '闻'], ['糞', '粪'], ['臟', '脏'],
  ['塵', '尘'], ['揚', '扬'], ['鳴', '鸣'], ['撿', '捡'], ['螞', '蚂'], ['蟻', '蚁'], ['蒼', '苍'], ['癬', '癣'],
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
