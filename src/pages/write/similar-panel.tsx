import { Button, Text, View } from '@tarojs/components';
import { HalfScreenDialog } from '../../components/ui/half-screen-dialog';
import { flag } from '../../lib/flag';
import type { Second, SimilarItem } from '../../hooks/use-similar';
import '../../styles/seconds.css';

/**
 * 附近居民反映过类似问题 (附议, decision 0036): under the text, up to three similar open cases of
 * others — their words redacted, where they stand, how many joined — each with 附议. Quiet: a
 * plain card after the text, nothing when nothing confident was found; the resident may ignore
 * it and send their own.
 */
export function SimilarPanel({ items, second }: { items: readonly SimilarItem[]; second: Second }) {
  if (items.length === 0) return null;
  return (
    <View className='card similar' data-testid='similar-panel' role='region' ariaLabel='附近居民反映过类似问题'>
      <Text className='card__title'>附近居民反映过类似问题</Text>
      <Text className='small similar__hint'>如果是同一件事，可以附议，关注它的办理进展；不是的话，请继续提交您的意见。</Text>
      {items.map((o) => (
        <View key={o.id} className='similar__item' data-testid='similar-case' data-id={o.id}>
          <Text className='excerpt'>{o.excerpt}</Text>
          <View className='similar__meta'>
            <Text className='badge'>{o.statusLabel}</Text>
            <Text className='muted small'>{o.secondCount > 0 ? `${o.secondCount} 人附议` : '暂无人附议'}</Text>
          </View>
          <View className='similar__foot'>
            <Text className='muted small'>
              {o.stationName} · {o.createdLabel}
              {o.place ? ` · ${o.place}` : ''}
            </Text>
            <Button className='btn btn--plain btn--small' data-testid='similar-second' ariaLabel={`附议：${o.excerpt}`} onClick={() => second.choose(o)}>
              附议
            </Button>
          </View>
        </View>
      ))}
      <SecondConfirm second={second} />
    </View>
  );
}

/** Before joining: the case chosen and what 附议 means, confirmed with a tap (WeChat's dialog opens in it). */
function SecondConfirm({ second }: { second: Second }) {
  const o = second.chosen;
  return (
    <HalfScreenDialog
      show={o !== undefined}
      title='附议这件意见'
      onClose={second.cancel}
      footer={
        <>
          {second.error ? (
            <View className='error-box' role='alert'>
              <Text>{second.error}</Text>
            </View>
          ) : null}
          {second.asksToNotify ? <Text className='muted small'>微信会问是否通知办理进展，选哪个都不影响附议</Text> : null}
          <Button className='btn btn--primary' data-testid='second-confirm' disabled={flag(second.sending)} loading={flag(second.sending)} onClick={second.confirm}>
            {second.sending ? '正在附议…' : '确认附议'}
          </Button>
          <Button className='btn btn--plain' disabled={flag(second.sending)} onClick={second.cancel}>
            取消
          </Button>
        </>
      }
    >
      {o ? <Text className='second-confirm__case'>{o.excerpt}</Text> : null}
      <Text className='second-confirm__explain'>您将关注这件意见的办理进展并收到通知，不再重复提交。</Text>
      <Text className='muted small'>附议不会公开您的身份。如果您的情况不一样，请取消，继续提交您自己的意见。</Text>
    </HalfScreenDialog>
  );
}
