import { Button, Text, View } from '@tarojs/components';
import type { Answer } from '@core/contract/functions';
import { ROSTER_OPTIONAL_HEADER, ROSTER_TEMPLATE_HEADER, ROSTER_TEMPLATE_NOTES } from '@core/roster-rows';
import { Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { Cell, Cells, confirm } from '../../../../components/ui';
import { flag } from '../../../../lib/flag';
import { batchCounts, useRosterImport } from '../../hooks/use-roster-import';
import '../../../../styles/roster.css';

type Batch = Answer<'admin', 'rosterBatch'>;

/** One update: who, then each changed field as old → new, then what to know before activating. */
function UpdateRow({ u }: { u: Batch['updates'][number] }) {
  return (
    <View className='ui-cell roster-update' data-row={u.row}>
      <View className='ui-cell__bd'>
        <Text className='ui-cell__label'>
          第{u.row}行 {u.name}（{u.levelLabel}，{u.homeRegionName}）
        </Text>
        {u.changes.map((c) => (
          <View key={c.field} className='roster-change' data-field={c.field}>
            <Text className='roster-change__label'>{c.label}：</Text>
            <Text className='roster-change__from'>{c.from}</Text>
            <Text className='roster-change__arrow'>→</Text>
            <Text className='roster-change__to'>{c.to}</Text>
          </View>
        ))}
        {u.notes.map((n) => (
          <Text key={n} className='roster-note'>
            {n}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** The per-row report of a batch: problems, updates with their diffs, adds, unchanged rows; activate or discard. */
function BatchReport({ b, r }: { b: Batch; r: ReturnType<typeof useRosterImport> }) {
  const ending = b.updates.filter((u) => u.changes.some((c) => c.field === 'status' && c.to === '任期届满'));
  async function activate() {
    if (ending.length) {
      const names = ending.map((u) => u.name).join('、');
      const sure = await confirm('激活名册', `${names}的任期已届满，激活后不再接收分派，未办结的意见由联络站工作人员转交给在任代表。`, { confirmText: '激活' });
      if (!sure) return;
    }
    await r.activate();
  }
  return (
    <View className='roster-batch' data-status={b.status}>
      <Text className='ui-cells__title'>
        {b.fileName} · {b.statusLabel}
      </Text>
      <Text className='roster-counts'>
        共 {b.total} 行：{batchCounts(b)}
      </Text>
      {b.problems.length ? (
        <Cells title='有误的行（不会导入）' className='roster-problems'>
          {b.problems.map((p) => (
            <Cell key={p.row} className='roster-problem' label={`第${p.row}行 ${p.name}`} description={p.errors.join('；')} />
          ))}
        </Cells>
      ) : null}
      {b.updates.length ? (
        <Cells title={b.status === 'active' ? '已更新的代表' : '将更新的代表（激活后生效）'} className='roster-updates'>
          {b.updates.map((u) => (
            <UpdateRow key={u.row} u={u} />
          ))}
        </Cells>
      ) : null}
      {b.valid.length ? (
        <Cells title={b.status === 'active' ? '已新增的代表' : '将新增的代表'} className='roster-adds'>
          {b.valid.map((v) => (
            <Cell
              key={v.row}
              className='roster-valid'
              label={`第${v.row}行 ${v.name}`}
              description={[`${v.levelLabel}，${v.homeRegionName}`, v.stationCodes.length ? `进站：${v.stationCodes.join('、')}` : '', `${v.term}，至 ${v.termEnd}`].filter(Boolean).join(' · ')}
            />
          ))}
        </Cells>
      ) : null}
      {b.unchanged.length ? (
        <Cells title='无变化' className='roster-unchanged'>
          <Cell label={`${b.unchangedCount} 位代表与名册一致`} description={b.unchanged.map((u) => `第${u.row}行 ${u.name}`).join('、')} />
        </Cells>
      ) : null}
      {b.status === 'staged' ? (
        <View className='roster-actions'>
          <Button className='btn btn--primary btn--small' disabled={flag(r.busy || b.validCount + b.updateCount === 0)} onClick={() => void activate()}>
            激活这批名册（新增{b.validCount}位，更新{b.updateCount}位）
          </Button>
          <Button className='btn btn--plain btn--small' disabled={flag(r.busy)} onClick={() => void r.discard()}>
            放弃
          </Button>
        </View>
      ) : null}
    </View>
  );
}

/** 代表名册: upload a roster, read its per-row report (adds, updates with their diffs, unchanged, problems), activate it with one switch; terms that ended. */
export default function AdminRosterPage() {
  const r = useRosterImport();
  const b = r.batch;
  return (
    <View className='page'>
      <Messages error={r.error} done={r.done} />
      <View className='card'>
        <Text className='card__title'>导入代表名册</Text>
        <Text className='small'>支持 .xlsx 或 .csv（不能含宏），第一行为列名：</Text>
        <Text className='muted small'>
          {ROSTER_TEMPLATE_HEADER.join('、')}（{ROSTER_OPTIONAL_HEADER.join('、')}可不填）
        </Text>
        {ROSTER_TEMPLATE_NOTES.map((n) => (
          <Text key={n} className='muted small'>
            {n}
          </Text>
        ))}
        <Button className='btn btn--primary' disabled={flag(r.busy)} loading={flag(r.busy)} onClick={() => void r.upload()}>
          选择名册文件
        </Button>
        <Button className='btn btn--plain btn--small' disabled={flag(r.busy)} onClick={() => void r.template()}>
          下载名册模板
        </Button>
      </View>
      {b ? <BatchReport b={b} r={r} /> : null}
      {r.batches.error && r.batches.items.length === 0 ? (
        <ErrorNotice message={r.batches.error.message} onRetry={() => void r.batches.reload()} />
      ) : r.batches.loading && r.batches.items.length === 0 ? (
        <Loading />
      ) : (
        <Cells title='导入记录'>
          {r.batches.items.length === 0 ? (
            <Cell label='还没有导入过名册' />
          ) : (
            r.batches.items.map((x) => (
              <Cell key={x.id} label={x.fileName} description={`${x.statusLabel} · 共 ${x.total} 行：${batchCounts(x)}`} onClick={() => void r.open(x.id)} />
            ))
          )}
        </Cells>
      )}
      {r.batches.hasMore ? (
        <Button className='btn btn--plain btn--small' disabled={flag(r.batches.loading)} onClick={() => void r.batches.more()}>
          加载更多
        </Button>
      ) : null}
      {r.ended.status === 'error' ? (
        <ErrorNotice message={r.ended.error.message} onRetry={r.ended.reload} />
      ) : !r.ended.data ? (
        <Loading />
      ) : (
        <>
          <Cells title='任期届满的代表'>
            {r.ended.data.deputies.length === 0 ? (
              <Cell label='暂无任期届满的代表' />
            ) : (
              r.ended.data.deputies.map((d) => (
                <Cell key={d.id} label={d.name} description={`${d.levelLabel}人大代表，${d.termEnd}届满`} value={`未办结 ${d.openOpinions} 件`} />
              ))
            )}
          </Cells>
          {r.ended.data.opinions.length ? (
            <Cells title='待转交的意见（由联络站工作人员在工作台“任期届满转交”中转交给在任代表）'>
              {r.ended.data.opinions.map((o) => (
                <Cell
                  key={o.id}
                  label={`${o.trackingNo} ${o.category}`}
                  description={[o.statusLabel, o.overdue ? '已超期' : '', o.stationName, `原承办：${o.deputyName}`].filter(Boolean).join(' · ')}
                />
              ))}
            </Cells>
          ) : null}
        </>
      )}
    </View>
  );
}
