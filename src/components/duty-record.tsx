import { Button, Text, View } from '@tarojs/components';
import type { Answer } from '@core/contract/functions';
import { RESPONSE_RULE } from '@core/boilerplate';
import { flag } from '../lib/flag';
import { ListStates } from './page-states';

type Record = Answer<'deputy', 'dutyRecord'>;
export type RecordCase = Answer<'deputy', 'dutyRecordCases'>['items'][number];

/** A 履职档案's numbers for a period: the deputy's own page and the office's show the same card. */
export function DutyRecordCard({ data }: { data: Record }) {
  return (
    <View className='card duty-record'>
      <Text className='card__title'>
        {data.deputy.name}代表履职档案（{data.from} 至 {data.to}）
      </Text>
      {data.rows.map((row) => (
        <View key={row.label} className='row row--between'>
          <Text>{row.label}</Text>
          <Text className='list-item__title'>{row.value}</Text>
        </View>
      ))}
      <Text className='muted small'>{RESPONSE_RULE}</Text>
    </View>
  );
}

interface CasesList {
  items: readonly RecordCase[];
  total?: number;
  loading: boolean;
  error?: { message: string } | null;
  hasMore: boolean;
  more: () => unknown;
  reload: () => unknown;
}

/**
 * The cases behind a record: each received in the period and held (or held last, after a
 * hand-over) by the deputy — tracking number, category, station, how it ended and the
 * resident's rating — newest first, page by page.
 */
export function RecordCaseList({ list }: { list: CasesList }) {
  return (
    <View className='card record-cases'>
      <Text className='card__title'>办理的意见{list.total !== undefined ? `（${list.total}件）` : ''}</Text>
      <Text className='muted small'>本期间收到、由该代表办理的意见；转交的意见计入接手的代表。</Text>
      <ListStates list={list} empty='本期间没有收到意见'>
        {() =>
          list.items.map((c) => (
            <View key={c.id} className='record-case' data-tracking={c.trackingNo}>
              <View className='row row--between'>
                <Text className='list-item__title'>{c.trackingNo}</Text>
                <Text className='small'>{c.category}</Text>
              </View>
              <Text className='small'>
                {c.statusLabel}
                {c.resultLabel ? ` · ${c.resultLabel}` : ''}
                {c.ratingLabel ? ` · 群众评价：${c.ratingLabel}` : ''}
              </Text>
              <Text className='muted small'>
                {c.stationName} · {c.receivedOn}收到{c.resolvedOn ? ` · ${c.resolvedOn}办结` : ''}
              </Text>
            </View>
          ))
        }
      </ListStates>
      {list.error && list.items.length > 0 ? <Text className='error-box'>{list.error.message}</Text> : null}
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={() => void list.more()}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
