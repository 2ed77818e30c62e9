/**
 * The text bank: what only station staff handle — specific court cases and bidding (the
 * notice forbids deputies to interfere), opinions about a deputy, and matters outside the
 * station's remit — with the reason staff give, naming the proper channel.
 */
import type { StaffOnlyProblem } from './problem';

export const STAFF_ONLY: readonly StaffOnlyProblem[] = [
  {
    key: 'court-enforcement',
    category: '涉法涉诉',
    stations: ['WYH01', 'YL01', 'XJH01'],
    places: ['岳麓区人民法院', '区法院'],
    texts: [
      '我和开发商的购房合同纠纷在{place}判了，判决生效半年了对方一直不执行，希望人大代表帮忙催一催法院。',
      '我的劳务费纠纷案{place}已经判了，可被执行人名下说没有财产，案子就终结了，请代表监督一下。',
    ],
    rejectReason:
      '人大代表依法不干预具体案件的审理和执行。已告知您可向法院执行局申请恢复执行、提供被执行人财产线索，或向检察院申请民事执行监督；联络站已提供区法律援助中心的联系方式。',
  },
  {
    key: 'court-appeal',
    category: '涉法涉诉',
    stations: ['XJH01', 'WYH01', 'YL01'],
    places: ['二审', '一审'],
    texts: [
      '我弟弟的交通事故赔偿案{place}判决明显不公，赔偿金额太低，请人大代表监督法院改判。',
    ],
    rejectReason:
      '对生效裁判不服的，应依法向上一级人民法院申请再审或向人民检察院申请监督，代表不能干预个案。联络站已将申诉渠道和法律援助申请方式告知您。',
  },
  {
    key: 'bidding',
    category: '招投标等经济活动',
    stations: ['YL01', 'WYH01'],
    places: ['老旧小区改造项目', '背街小巷提质项目', '社区食堂装修项目'],
    texts: [
      '{place}招标，我们公司报价最低却没中标，怀疑有内定，请代表过问一下，把结果改过来。',
    ],
    rejectReason:
      '人大代表不得干预招投标等经济活动。如对评标结果有异议，可在公示期内向招标人提出异议，或向区公共资源交易监管部门投诉；联络站已告知具体的投诉渠道。',
  },
  {
    key: 'about-deputy',
    category: '对代表的意见',
    stations: ['XJH01', 'WYH01', 'YL01'],
    places: ['联络站接待日', '社区走访'],
    texts: [
      '{place}上有位代表听了不到十分钟就走了，说会联系我也一直没联系，希望联络站督促代表认真履职。',
      '希望代表在{place}时多到老小区走走，不要只在办公室坐着听汇报。',
    ],
    rejectReason:
      '对代表履职的意见不转交被反映的代表本人办理。您的意见已报区人大常委会代表工作室核实，由其直接与您联系并反馈，联络站不再另行分派。',
  },
  {
    key: 'neighbour-dispute',
    category: '其他',
    stations: ['WYH01', 'XJH01'],
    places: ['楼上邻居', '对门邻居'],
    texts: [
      '{place}装修把公共楼道占了一半，堆满建材和垃圾，说了几次都不理，希望代表出面管一管。',
    ],
    rejectReason:
      '邻里之间的民事纠纷由社区人民调解委员会调解更合适，已转社区调解员，他会在两天内与您联系；楼道堆物的消防隐患已同步告知物业清理。',
  },
  {
    key: 'other-district',
    category: '其他',
    stations: ['YL01', 'XJH01'],
    places: ['开福区四方坪', '天心区坡子街', '雨花区井湾子'],
    texts: [
      '我家在{place}，小区门口道路开挖了三个月还没恢复，出行很不方便，希望代表反映一下。',
    ],
    rejectReason:
      '该问题位于外区，不属于岳麓区联络站的受理范围。已告知您就近到所在街道的人大代表联络站反映，也可拨打12345市民热线。',
  },
];
