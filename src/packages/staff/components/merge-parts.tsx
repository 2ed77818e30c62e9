/**
 * 汇总件 on the staff and office case page (decision 0036): the similar open cases beside a case
 * that may be merged (同类意见, each with a check box), and how a merged case stands — a 汇总件
 * lists its sources (each may be taken out until the department answers), a source links to
 * its 汇总件.
 */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Field, Messages } from '../../../components/field';
import { flag } from '../../../lib/flag';
import { ROUTES } from '../../../routes';
import type { Desk, WorkerCase } from '../hooks/use-case';
import { useSimilarCases, useUnmerge } from '../hooks/use-merge';
import '../../../styles/merge.css';

type Similar = NonNullable<ReturnType<typeof useSimilarCases>['similar']['data']>['items'][number];

/** One similar case with its check box (a case that may not be merged says why, unchecked). */
function SimilarRow({ item, on, onToggle }: { item: Similar; on: boolean; onToggle: () => void }) {
  const facts = [item.trackingNo, item.stationName, item.place, item.statusLabel, item.secondCount > 0 ? `附议${item.secondCount}人` : undefined].filter(Boolean).join(' · ');
  return (
    <View
      className={`similar-case${on ? ' similar-case--on' : ''}${item.mergeable ? '' : ' similar-case--off'}`}
      role='checkbox'
      ariaLabel={`${on ? '已选' : '未选'}：意见${item.trackingNo}${item.mergeable ? '' : `，不能合并：${item.why ?? ''}`}`}
      onClick={() => (item.mergeable ? onToggle() : undefined)}
    >
      <View className='similar-case__box'>
        <Text>{on ? '✓' : ''}</Text>
      </View>
      <View className='similar-case__body'>
        <Text className='small muted'>{facts}</Text>
        <Text className='similar-case__text'>{item.excerpt}</Text>
        {item.mergeable ? null : <Text className='small notice'>不能合并：{item.why}</Text>}
      </View>
    </View>
  );
}

/**
 * 同类意见: the open cases of the caller's scope about the same problem (only confident
 * matches, at most `limit`), checked to merge with this one into a 汇总件; the title may be
 * written, else it is made from the cases. Nothing shows when none is found (or the look-up
 * failed: it is a help, not the case).
 */
export function SimilarCasesPanel({ o, desk }: { o: WorkerCase; desk: Desk }) {
  const s = useSimilarCases(o.id, desk, !o.merge);
  const [picked, setPicked] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const d = s.similar.data;
  if (!d || d.items.length === 0) return null;
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const merge = async () => {
    const r = await s.merge(picked, title);
    if (r) void Taro.redirectTo({ url: ROUTES.staffCase(r.id, desk) });
  };
  return (
    <View className='card similar-cases' data-testid='similar-cases' role='group' ariaLabel='同类意见'>
      <Text className='card__title'>同类意见（{d.items.length}件）</Text>
      <Text className='muted small'>
        与本件反映同一问题、正在办理的意见，最多列出{d.limit}件。{d.mergeable ? '勾选后可与本件合并为一件汇总件，统一转交和答复。' : ''}
      </Text>
      {d.items.map((item) => (
        <SimilarRow key={item.id} item={item} on={picked.includes(item.id)} onToggle={() => toggle(item.id)} />
      ))}
      {d.mergeable ? (
        <View className='column similar-cases__merge'>
          <Field label='汇总件标题（选填）' value={title} onChange={setTitle} placeholder={d.defaultTitle ?? '不填写则按所选意见自动生成'} />
          <Messages error={s.error} />
          <Button className='btn btn--primary' disabled={flag(s.busy || picked.length === 0)} onClick={() => void merge()}>
            {picked.length === 0 ? '勾选同类意见后合并办理' : `合并办理（共${picked.length + 1}件）`}
          </Button>
        </View>
      ) : (
        <Text className='muted small'>本件{d.why ? `${d.why}，` : ''}不能合并。</Text>
      )}
    </View>
  );
}

/**
 * A merged case: a 汇总件 lists its sources (tap one to open it; 撤出 until the department
 * answers); a source says it is worked with others and opens its 汇总件.
 */
export function MergeCard({ o, desk, reload }: { o: WorkerCase; desk: Desk; reload: () => Promise<unknown> }) {
  const m = o.merge;
  const u = useUnmerge(desk, reload);
  if (!m) return null;
  const open = (id: string) => void Taro.navigateTo({ url: ROUTES.staffCase(id, desk) });
  if (m.role === 'source') {
    return (
      <View className='card merge-card' data-testid='merge-source'>
        <Text className='card__title'>{m.note}</Text>
        {m.parent ? (
          <View className='merge-card__parent' role='link' ariaLabel={`打开汇总件${m.parent.trackingNo}`} onClick={() => open(m.parent!.id)}>
            <Text>汇总件：{m.parent.title}</Text>
            <Text className='small muted'>
              {m.parent.trackingNo} · {m.parent.statusLabel}
            </Text>
          </View>
        ) : null}
        <Text className='muted small'>{m.following ? '本件随汇总件办理：转交、答复和办结都在汇总件上进行，结果会同步给本件居民。' : '汇总件的办理结果已送达本件居民。'}</Text>
        <Messages error={u.error} />
        {m.canUnmerge && m.parent ? (
          <Button className='btn btn--plain' disabled={flag(u.busy)} onClick={() => void u.unmerge(m.parent!.id, o.id, o.trackingNo, false)}>
            撤出汇总件，单独办理
          </Button>
        ) : null}
      </View>
    );
  }
  return (
    <View className='card merge-card' data-testid='merge-parent'>
      <View className='row row--between'>
        <Text className='card__title'>汇总件</Text>
        <Text className='tag'>{m.dissolved ? '已撤销合并' : `${m.sources.length}件`}</Text>
      </View>
      <Text className='muted small'>{m.note}{m.dissolved ? '' : '。各件居民分别收到办理进展和结果，并各自评价。'}</Text>
      {m.sources.map((s) => (
        <View className='merge-source' key={s.id}>
          <View className='merge-source__open' role='link' ariaLabel={`打开意见${s.trackingNo}`} onClick={() => open(s.id)}>
            <Text className='small muted'>
              {[s.trackingNo, s.stationName, s.place, s.statusLabel, s.linked ? undefined : '合并中'].filter(Boolean).join(' · ')}
            </Text>
            <Text className='similar-case__text'>{s.excerpt}</Text>
          </View>
          {m.canUnmerge ? (
            <Button className='btn btn--plain btn--small merge-source__out' ariaLabel={`撤出${s.trackingNo}`} disabled={flag(u.busy)} onClick={() => void u.unmerge(o.id, s.id, s.trackingNo, m.sources.length <= 2)}>
              撤出
            </Button>
          ) : null}
        </View>
      ))}
      {!m.dissolved && !m.canUnmerge && m.unmergeWhy ? <Text className='muted small'>{m.unmergeWhy}。</Text> : null}
      <Messages error={u.error} />
    </View>
  );
}
