import { Button, Text, View } from '@tarojs/components';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { beijingDateTime } from '@core/beijing-time';
import { useStaffInvites } from '../../hooks/use-staff-invites';
import { lastDelivered } from '../../../../components/reach-line';

/**
 * 工作人员: invite codes for the stations of my region (with the name of the person each is for),
 * who holds which station — by name, or what their invite recorded, never by WeChat id — and
 * whether station alerts reach them.
 */
export default function AdminStaffPage() {
  const s = useStaffInvites();
  const active = (s.stations.data?.items ?? []).filter((st) => !st.retired);
  return (
    <View className='page'>
      <Messages error={s.error} done={s.done} />
      <View className='card'>
        <Text className='card__title'>发放工作人员邀请码</Text>
        <Text className='muted small'>选择联络站后生成一次性邀请码（7天内有效）。工作人员在"我的"页面输入邀请码，即可负责这些联络站。</Text>
        <View className='chips'>
          {active.map((st) => (
            <Chip key={st.code} on={s.picked.includes(st.code)} label={st.name} onTap={() => s.toggle(st.code)} />
          ))}
        </View>
        <Field label='给谁（姓名，选填）' value={s.name} onChange={s.setName} placeholder='如 王小红：之后按姓名显示这位工作人员' />
        <Button className='btn btn--primary' disabled={flag(s.busy || s.picked.length === 0)} onClick={() => void s.issue()}>
          生成邀请码
        </Button>
        {s.issued ? (
          <View className='done-box invite-code' role='status'>
            <Text className='card__title'>{s.issued.code}</Text>
            {s.issued.name ? <Text className='small'>给：{s.issued.name}</Text> : null}
            <Text className='small'>联络站：{s.issued.stations}</Text>
            <Text className='small'>
              有效期至 <Text className='nowrap'>{beijingDateTime(new Date(s.issued.expiresAt))}</Text>，只能使用一次
            </Text>
          </View>
        ) : null}
      </View>
      {s.overview.status === 'error' ? (
        <ErrorNotice message={s.overview.error.message} onRetry={s.overview.reload} />
      ) : !s.overview.data ? (
        <Loading />
      ) : (
        <>
          <View className='card'>
            <Text className='card__title'>工作人员（{s.overview.data.staff.length}）</Text>
            {s.overview.data.staff.length === 0 ? <Text className='muted'>暂无</Text> : null}
            {s.overview.data.staff.map((p) => (
              <View key={p.openid} className='column staff-row' data-reachable={String(p.reach.reachable)}>
                <Text className='bullet'>
                  · {p.name ? `${p.name}：${p.stations.map((st) => st.name).join('、')}` : p.label}
                </Text>
                <Text className={`bullet small${p.reach.reachable ? ' muted' : ' notice-text'}`}>
                  {p.reach.reachable ? '' : '联系不上：'}
                  {p.reach.label}，{lastDelivered(p.reach)}
                </Text>
              </View>
            ))}
            <Text className='muted small'>收回某个联络站：在"联络站管理"中操作。</Text>
          </View>
          <View className='card'>
            <Text className='card__title'>未使用的邀请码（{s.overview.data.openInvites.length}）</Text>
            {s.overview.data.openInvites.map((i) => (
              <Text key={i.issuedAt} className='bullet small'>
                · {i.name ? `给${i.name}：` : ''}{i.stations.map((st) => st.name).join('、')}（有效期至 <Text className='nowrap'>{beijingDateTime(new Date(i.expiresAt))}</Text>）
              </Text>
            ))}
          </View>
        </>
      )}
    </View>
  );
}
