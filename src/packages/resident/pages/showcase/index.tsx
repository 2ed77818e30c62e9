import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Chip } from '../../../../components/chip';
import { ErrorNotice, ListStates } from '../../../../components/page-states';
import { PageRoot } from '../../../../components/page-root';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { useShowcase } from '../../hooks/use-showcase';

/**
 * 办实事成果: resolved cases residents agreed to publish, approved and redacted by staff — of
 * this station, or of its whole region.
 */
export default function ShowcasePage() {
  const { stationCode, regionCode } = useRouter().params;
  const [whole, setWhole] = useState(!stationCode);
  const list = useShowcase(whole ? { regionCode } : { stationCode });
  return (
    <PageRoot>
      <View className='card'>
        <Text className='muted small'>以下案例经居民同意公开，并由联络站工作人员审核、隐去个人信息。</Text>
        {stationCode && regionCode ? (
          <View className='chips'>
            <Chip on={!whole} label='本联络站' onTap={() => setWhole(false)} />
            <Chip on={whole} label='本地区全部' onTap={() => setWhole(true)} />
          </View>
        ) : null}
      </View>
      <ListStates list={list} empty='这里还没有公开的办实事成果'>
        {() => (
          list.items.map((c) => (
            <View key={c.id} className='card showcase-case'>
              <Text className='card__title'>{c.title}</Text>
              <Text className='muted small'>
                {c.category} · {c.stationName} · 办结于 {formatTime(c.resolvedAt)}
              </Text>
              <Text className='field-label'>群众反映</Text>
              <Text className='excerpt'>{c.summary}</Text>
              <Text className='field-label'>办理结果</Text>
              <Text className='excerpt'>{c.result}</Text>
            </View>
          ))
        )}
      </ListStates>
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={list.more}>
          加载更多
        </Button>
      ) : null}
    </PageRoot>
  );
}
