import { judgeReply, MIN_RESPONSE_CHARS, replyWarning, RESPONSE_RULE } from '../../core/boilerplate';

const TEMPLATES = [
  { title: '已收到', text: '您的意见已收到,我们将尽快协调有关部门处理。' },
  { title: '转部门', text: '已将您反映的问题转交有关部门办理,部门答复后会告诉您。' },
];
const texts = TEMPLATES.map((t) => t.text);

describe('replyWarning: why a reply will not count, before it is sent', () => {
  it('names the template a reply only repeats, even with punctuation or spaces changed', () => {
    const w = replyWarning(' 已将您反映的问题转交有关部门办理 部门答复后会告诉您!', TEMPLATES);
    expect(w).toMatchObject({ reason: 'boilerplate', template: '转部门' });
    expect(w!.message).toContain('“转部门”');
    expect(w!.message).toContain('不计为有效答复');
  });

  it('says how many characters a short reply has and how many are missing (punctuation not counted)', () => {
    const w = replyWarning('好的,已收到。我们会处理!', TEMPLATES);
    expect(w).toMatchObject({ reason: 'too_short', missing: MIN_RESPONSE_CHARS - 10 });
    expect(w!.message).toContain('只有10字');
    expect(w!.message).toContain(`还差${MIN_RESPONSE_CHARS - 10}字`);
  });

  it('is silent for a reply that counts, for a template with something added, and for an empty box', () => {
    expect(replyWarning('已约物业周三上午到现场查看电梯,查看结果会再告诉您。', TEMPLATES)).toBeUndefined();
    expect(replyWarning(`${TEMPLATES[0].text}已约物业周三上午到现场查看。`, TEMPLATES)).toBeUndefined();
    expect(replyWarning(' ,。 ', TEMPLATES)).toBeUndefined();
    expect(replyWarning('', TEMPLATES)).toBeUndefined();
  });

  it.each([
    '您的意见已收到,我们将尽快协调有关部门处理',
    '您的意见已收到。',
    '十四个字十四个字十四个字十四',
    '十五个字十五个字十五个字十五个',
    '已约物业周三上午到现场查看电梯,查看结果会再告诉您。',
    `${TEMPLATES[1].text}另外已请街道跟进。`,
  ])('agrees with the server\'s judgement: %s', (text) => {
    const warned = replyWarning(text, TEMPLATES);
    const judged = judgeReply(text, texts);
    expect(warned === undefined).toBe(judged.countsAsResponse);
    if (warned) expect(warned.reason).toBe(judged.boilerplate ? 'boilerplate' : 'too_short');
  });

  it('explains the rule in the duty record\'s words', () => {
    expect(RESPONSE_RULE).toContain(`${MIN_RESPONSE_CHARS}字`);
    expect(RESPONSE_RULE).toContain('模板');
  });
});
