import { Button, Text, View } from '@tarojs/components';
import { ROSTER_TEMPLATE_HEADER } from '@core/roster-rows';
import { Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { useRosterImport } from '../../hooks/use-roster-import';

/** 代表名册: upload a roster, read its per-row report, activate it with one switch; terms that ended. */
export default function AdminRosterPage() {
  const r = useRosterImport();
  const b = r.batch;
  return (
    <View className='page'>
      <Messages error={r.error} done={r.done} />
      <View className='card'>
        <Text className='card__title'>导入代表名册</Text>
        <Text className='small'>支持 .xlsx 或 .csv（不能含宏），第一行为列名：</Text>
        <Text className='muted small'>{ROSTER_TEMPLATE_HEADER.join('、')}（简介可不填）</Text>
        <Text className='muted small'>层级填 全国/省/市/县/乡；选举地区填地区名称或编号；多个联络站、专业领域用顿号分隔；任期届满如 2031-12-31。一次最多 2000 行。</Text>
        <Button className='btn btn--primary' disabled={flag(r.busy)} loading={flag(r.busy)} onClick={() => void r.upload()}>
          选择名册文件
        </Button>
        <Button className='btn btn--plain btn--small' disabled={flag(r.busy)} onClick={() => void r.template()}>
          下载名册模板
        </Button>
      </View>
      {b ? (
        <View className='card roster-batch' data-status={b.status}>
          <Text className='card__title'>
            {b.fileName} · {b.statusLabel}
          </Text>
          <Text className='roster-counts'>
            共 {b.total} 行：可以导入 {b.validCount} 行，有误 {b.problemCount} 行
          </Text>
          {b.problems.length ? <Text className='field-label'>有误的行（不会导入）</Text> : null}
          {b.problems.map((p) => (
            <View key={p.row} className='error-box roster-problem'>
              <Text>
                第{p.row}行 {p.name}：{p.errors.join('；')}
              </Text>
            </View>
          ))}
          {b.valid.length ? <Text className='field-label'>可以导入的代表</Text> : null}
          {b.valid.map((v) => (
            <Text key={v.row} className='bullet small roster-valid'>
              · 第{v.row}行 {v.name}（{v.levelLabel}，{v.homeRegionName}）{v.stationCodes.length ? ` 进站：${v.stationCodes.join('、')}` : ''} {v.term} 至 {v.termEnd}
            </Text>
          ))}
          {b.status === 'staged' ? (
            <View className='row'>
              <Button className='btn btn--primary btn--small' disabled={flag(r.busy || b.validCount === 0)} onClick={() => void r.activate()}>
                激活这批名册（{b.validCount}位代表）
              </Button>
              <Button className='btn btn--plain btn--small' disabled={flag(r.busy)} onClick={() => void r.discard()}>
                放弃
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
      <View className='card'>
        <Text className='card__title'>导入记录</Text>
        {r.batches.error && r.batches.items.length === 0 ? (
          <ErrorNotice message={r.batches.error.message} onRetry={() => void r.batches.reload()} />
        ) : r.batches.loading && r.batches.items.length === 0 ? (
          <Loading />
        ) : r.batches.items.length === 0 ? (
          <Text className='muted'>还没有导入过名册</Text>
        ) : (
          r.batches.items.map((x) => (
            <View key={x.id} className='row row--between' role='button' onClick={() => void r.open(x.id)}>
              <Text className='small'>
                {x.fileName}：{x.validCount}/{x.total} 行 · {x.statusLabel}
              </Text>
            </View>
          ))
        )}
        {r.batches.hasMore ? (
          <Button className='btn btn--plain btn--small' disabled={flag(r.batches.loading)} onClick={() => void r.batches.more()}>
            加载更多
          </Button>
        ) : null}
      </View>
      <View className='card'>
        <Text className='card__title'>任期届满的代表</Text>
        {r.ended.status === 'error' ? (
          <ErrorNotice message={r.ended.error.message} onRetry={r.ended.reload} />
        ) : !r.ended.data ? (
          <Loading />
        ) : r.ended.data.deputies.length === 0 ? (
          <Text className='muted'>暂无任期届满的代表</Text>
        ) : (
          <>
            {r.ended.data.deputies.map((d) => (
              <Text key={d.id} className='bullet'>
                · {d.name}（{d.levelLabel}人大代表，{d.termEnd}届满）：未办结 {d.openOpinions} 件
              </Text>
            ))}
            {r.ended.data.opinions.length ? <Text className='field-label'>待转交的意见（由联络站工作人员在工作台“任期届满转交”中转交给在任代表）</Text> : null}
            {r.ended.data.opinions.map((o) => (
              <Text key={o.id} className='bullet small'>
                · {o.trackingNo} {o.category} · {o.statusLabel}{o.overdue ? ' · 已超期' : ''} · {o.stationName} · 原承办：{o.deputyName}
              </Text>
            ))}
          </>
        )}
      </View>
    </View>
  );
}
