import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Chip } from '../../../../components/chip';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { Field, Messages } from '../../../../components/field';
import { useSuggest } from '../../hooks/use-suggest';

/** 转为闭会期间代表建议: title, reasons, proposals, and which of my accepted opinions it merges. */
export default function SuggestPage() {
  const { params } = useRouter();
  const s = useSuggest(params.id ? decodeURIComponent(params.id) : undefined);
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>合并的意见</Text>
        {s.candidates.length === 0 && !s.loading ? <Text className='muted'>没有已受理、可转为建议的意见</Text> : null}
        <View className='chips'>
          {s.candidates.map((o) => (
            <Chip key={o.id} on={s.picked.includes(o.id)} label={`${o.trackingNo} ${o.category}`} onTap={() => s.toggle(o.id)} />
          ))}
        </View>
      </View>
      <View className='card'>
        <Field label='建议标题' value={s.form.title} onChange={(v) => s.setForm({ title: v })} placeholder='关于……的建议' />
        <Field label='理由' value={s.form.reasons} onChange={(v) => s.setForm({ reasons: v })} multi />
        <Field label='建议内容' value={s.form.proposals} onChange={(v) => s.setForm({ proposals: v })} multi />
      </View>
      <Messages error={s.error} done={s.done} />
      {s.done ? (
        <>
          <Button className='btn btn--primary' onClick={() => void Taro.redirectTo({ url: ROUTES.deputySuggestions })}>
            查看我的代表建议
          </Button>
          <Button className='btn btn--plain' onClick={() => void Taro.redirectTo({ url: ROUTES.deputyInbox })}>
            回到收件箱
          </Button>
        </>
      ) : (
        <Button className='btn btn--primary btn--big' disabled={flag(s.busy)} loading={flag(s.busy)} onClick={() => void s.submit()}>
          形成代表建议
        </Button>
      )}
    </View>
  );
}
