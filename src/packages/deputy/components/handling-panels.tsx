import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { Chip } from '../../../components/chip';
import { flag } from '../../../lib/flag';
import { formatTime } from '../../../lib/time';
import type { useDeputyOpinion } from '../../../hooks/use-deputy-opinion';
import { Field } from '../../../components/field';

type Work = ReturnType<typeof useDeputyOpinion>;
type Detail = NonNullable<Work['detail']['data']>;

/** Ask the resident for more information. */
export function NeedInfoPanel({ work }: { work: Work }) {
  const [q, setQ] = useState('');
  return (
    <View className='card'>
      <Text className='card__title'>请居民补充情况</Text>
      <Field label='需要补充的情况' value={q} onChange={setQ} placeholder='例如:请说明是哪一栋楼、问题出现的时间' multi />
      <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={async () => (await work.needInfo(q)) && setQ('')}>
        请居民补充
      </Button>
    </View>
  );
}

/** Forward to a department chosen from the directory, filtered by level and category (分级分类). */
export function ForwardPanel({ work, o }: { work: Work; o: Detail }) {
  const [level, setLevel] = useState<Level | undefined>();
  const [sameCategory, setSameCategory] = useState(true);
  const [list, setList] = useState<{ id: string; name: string; levelLabel: string; contact: string }[]>();
  const [chosen, setChosen] = useState<string>();
  const [note, setNote] = useState('');
  const load = async (lv = level, same = sameCategory) => {
    try {
      setList(await work.departments({ ...(lv ? { level: lv } : {}), ...(same ? { category: o.category } : {}) }));
      setChosen(undefined);
    } catch (e) {
      work.setError((e as Error).message);
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>转交部门办理</Text>
      <View className='chips'>
        {LEVELS.filter((l) => l !== 'national').map((l) => (
          <Chip key={l} on={level === l} label={LEVEL_LABELS[l]} onTap={() => (setLevel(l), void load(l))} />
        ))}
        <Chip on={sameCategory} label={`仅${o.category}`} onTap={() => (setSameCategory(!sameCategory), void load(level, !sameCategory))} />
      </View>
      {list === undefined ? (
        <Button className='btn btn--plain' onClick={() => void load()}>
          查看部门目录
        </Button>
      ) : list.length === 0 ? (
        <Text className='muted'>没有符合条件的部门,请换一个层级</Text>
      ) : (
        <View className='chips'>
          {list.map((d) => (
            <Chip key={d.id} on={chosen === d.id} label={d.name} ariaLabel={`${d.name}(${d.levelLabel})`} onTap={() => setChosen(d.id)} />
          ))}
        </View>
      )}
      <Field label='转办要求(选填)' value={note} onChange={setNote} placeholder='例如:请督促物业限期检修' />
      <Button className='btn btn--primary' disabled={flag(work.busy)} onClick={() => (chosen ? void work.forward(chosen, note) : work.setError('请先从部门目录中选择部门'))}>
        转交部门
      </Button>
    </View>
  );
}

/** The forward on record: the letter to print and the department's answer. */
export function ForwardInfo({ work, o }: { work: Work; o: Detail }) {
  const [answer, setAnswer] = useState('');
  const f = o.forward!;
  return (
    <View className='card'>
      <Text className='card__title'>已转交:{f.departmentName}</Text>
      <Text className='muted small'>
        转办函 {f.letterNo} · 请于 {formatTime(f.answerDueAt).slice(0, 10)} 前答复 · {f.departmentContact}
      </Text>
      <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={() => void work.transferLetter()}>
        打印转办函
      </Button>
      {f.answer ? (
        <Text>部门答复({formatTime(f.answer.at)}):{f.answer.text}</Text>
      ) : o.deputyCan.departmentAnswer ? (
        <>
          <Field label='部门答复' value={answer} onChange={setAnswer} placeholder='部门答复的办理情况' multi />
          <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={async () => (await work.departmentAnswer(answer)) && setAnswer('')}>
            登记部门答复
          </Button>
        </>
      ) : null}
    </View>
  );
}

/** Hand over to another deputy of the station, with a reason. */
export function HandoverPanel({ work }: { work: Work }) {
  const [targets, setTargets] = useState<{ id: string; name: string; levelLabel: string }[]>();
  const [to, setTo] = useState<string>();
  const [reason, setReason] = useState('');
  return (
    <View className='card'>
      <Text className='card__title'>转交给本站其他代表</Text>
      {targets === undefined ? (
        <Button className='btn btn--plain' onClick={async () => setTargets(await work.handoverTargets())}>
          选择接手代表
        </Button>
      ) : (
        <View className='chips'>
          {targets.length === 0 ? <Text className='muted'>本站没有可接手的代表</Text> : null}
          {targets.map((d) => (
            <Chip key={d.id} on={to === d.id} label={`${d.name}(${d.levelLabel})`} onTap={() => setTo(d.id)} />
          ))}
        </View>
      )}
      <Field label='转交原因' value={reason} onChange={setReason} placeholder='例如:该代表更熟悉这个小区' />
      <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={() => (to ? void work.handover(to, reason) : work.setError('请先选择接手的代表'))}>
        转交其他代表
      </Button>
    </View>
  );
}

const KINDS: [('solved' | 'partly' | 'explained'), string][] = [
  ['solved', '已解决'],
  ['partly', '部分解决'],
  ['explained', '已解释说明'],
];

/** Resolve with a result kind and a closing text. */
export function ResolvePanel({ work }: { work: Work }) {
  const [kind, setKind] = useState<'solved' | 'partly' | 'explained'>();
  const [text, setText] = useState('');
  return (
    <View className='card'>
      <Text className='card__title'>办结本件意见</Text>
      <View className='chips'>
        {KINDS.map(([k, label]) => (
          <Chip key={k} on={kind === k} label={label} onTap={() => setKind(k)} />
        ))}
      </View>
      <Field label='办结说明' value={text} onChange={setText} placeholder='写明办理结果,居民会看到' multi />
      <Button className='btn btn--primary' disabled={flag(work.busy)} onClick={() => (kind ? void work.resolve(kind, text) : work.setError('请选择办结结果'))}>
        办结
      </Button>
    </View>
  );
}
