import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { Messages } from '../../../../components/field';
import { RemindersCard } from '../../../../components/reminders-card';
import { useBind } from '../../hooks/use-bind';

/** 绑定代表身份: the invite code from station staff binds this WeChat to my deputy record. */
export default function BindPage() {
  const b = useBind();
  if (b.bound) {
    return (
      <View className='page'>
        <View className='card'>
          <Text className='card__title'>绑定成功</Text>
          <Text>
            {b.bound.name}代表（{b.bound.levelLabel}），您好！居民的意见会分派到您的收件箱。
          </Text>
        </View>
        {/* Asked once, here, by a tap (never on its own); going on without it is the skip. */}
        <RemindersCard
          role='deputy'
          title='最后一步：接收新意见提醒'
          next={{ label: '进入代表收件箱', onTap: () => void Taro.redirectTo({ url: ROUTES.deputyInbox }) }}
        />
      </View>
    );
  }
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>输入邀请码</Text>
        <Text className='muted small'>邀请码由联络站工作人员发放，7天内有效，只能使用一次。更换手机或微信请联系工作人员。</Text>
        <Input className='input' value={b.code} placeholder='例如 AB12CD34' ariaLabel='邀请码' onInput={(e) => b.setCode(e.detail.value)} />
        <Messages error={b.error} />
        <Button className='btn btn--primary btn--big' disabled={flag(b.busy)} loading={flag(b.busy)} onClick={() => void b.bind()}>
          绑定
        </Button>
      </View>
    </View>
  );
}
