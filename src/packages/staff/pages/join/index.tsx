import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Field, Messages } from '../../../../components/field';
import { RemindersCard } from '../../../../components/reminders-card';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { useJoinStaff } from '../../hooks/use-join-staff';

/** 工作人员开通: enter the invite code from the region admin; then the staff desk opens. */
export default function StaffJoinPage() {
  const j = useJoinStaff();
  return (
    <View className='page'>
      <Messages error={j.error} done={j.done} />
      <View className='card'>
        <Text className='card__title'>输入工作人员邀请码</Text>
        <Text className='muted small'>邀请码由区域管理员（人大常委会/乡镇人大）发放，7天内有效，只能使用一次。</Text>
        <Field label='邀请码' value={j.code} onChange={j.setCode} placeholder='如 AB2CD-EF3GH' />
        <Button className='btn btn--primary' disabled={flag(j.busy || j.code.trim().length < 6)} onClick={() => void j.join()}>
          开通
        </Button>
      </View>
      {j.joined ? (
        // Asked once, here, by a tap (never on its own); going on without it is the skip.
        <RemindersCard
          role='staff'
          title='最后一步：接收新意见提醒'
          next={{ label: '进入联络站工作台', onTap: () => void Taro.redirectTo({ url: ROUTES.staffHome }) }}
        />
      ) : null}
    </View>
  );
}
