import { Switch, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { ROLE_LABELS } from '@core/vocabulary';
import { ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { Cell, Cells } from '../../components/ui/cells';
import { useLargeText } from '../../hooks/use-large-text';
import { deputyTitle } from '../../lib/deputy-title';
import { useMe } from '../../hooks/use-me';
import { PersonaSwitcher } from '../../platform/persona-switcher';
import { ROUTES } from '../../routes';

/** 我的: who I am here, and the doors my roles open, as WeChat's own menus: cells with icons and chevrons. */
export default function MePage() {
  const me = useMe();
  const text = useLargeText();
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void me.reload();
    shown.current = true;
  });
  const roles = me.data?.roles ?? [];

  return (
    <PageRoot>
      {me.status === 'error' ? (
        <ErrorNotice message={me.error.message} onRetry={me.reload} />
      ) : !me.data ? (
        <Loading />
      ) : (
        <View>
          <View className='card'>
            <Text className='card__title'>我的身份</Text>
            {me.data.identified ? (
              <Text>{roles.map((r) => ROLE_LABELS[r]).join('、') || '居民'}</Text>
            ) : (
              <Text className='muted'>未识别身份：请在微信中打开小程序</Text>
            )}
            {me.data.deputy ? (
              <Text className='muted'>
                {me.data.deputy.name} · {deputyTitle(me.data.deputy.levelLabel)}
              </Text>
            ) : null}
            {me.data.adminRegion ? <Text className='muted'>管理区域：{me.data.adminRegion.name}</Text> : null}
            {me.data.staffStations.length > 0 ? (
              <Text className='muted'>负责联络站：{me.data.staffStations.map((s) => s.name).join('、')}</Text>
            ) : null}
          </View>

          {roles.some((r) => r === 'deputy' || r === 'staff' || r === 'admin') ? (
            <Cells title='我的工作'>
              {roles.includes('deputy') ? (
                <Cell icon='信' tone='red' label='代表收件箱' description='居民写给我的意见，待受理的在前' url={ROUTES.deputyInbox} />
              ) : null}
              {roles.includes('staff') ? (
                <Cell icon='站' tone='blue' label='联络站工作台' description='待处理意见、代录、回访、接待安排' url={ROUTES.staffHome} />
              ) : null}
              {roles.includes('admin') ? (
                <Cell icon='区' tone='purple' label='区域管理' description='联络站、工作人员、代表名册、数据看板' url={ROUTES.adminHome} />
              ) : null}
            </Cells>
          ) : null}

          <Cells title='我的意见'>
            <Cell icon='领' tone='orange' label='认领工作人员代录的意见' description='用查询编号和登记电话认领，之后在办理进度里查看' url={ROUTES.claim} />
          </Cells>

          {me.data.identified && !(roles.includes('deputy') && roles.includes('staff')) ? (
            <Cells title='开通身份'>
              {!roles.includes('deputy') ? (
                <Cell icon='代' tone='red' label='我是人大代表' description='输入邀请码绑定' url={ROUTES.deputyBind} />
              ) : null}
              {!roles.includes('staff') ? (
                <Cell icon='工' tone='blue' label='我是联络站工作人员' description='输入邀请码开通' url={ROUTES.staffJoin} />
              ) : null}
            </Cells>
          ) : null}
        </View>
      )}

      <Cells title='设置'>
        <Cell icon='大' tone='green' label='大字模式' description='字更大、按钮更大，所有页面都生效' className='switch-row'>
          <Switch checked={text.large} color='#b71c1c' ariaLabel='大字模式' onChange={(e) => text.setLarge(e.detail.value)} />
        </Cell>
        {me.data ? <Cell icon='数' tone='grey' label='我的数据' description='导出或删除我在这里留下的信息' url={ROUTES.myData} /> : null}
      </Cells>
      <PersonaSwitcher onSwitched={() => void me.reload()} />
    </PageRoot>
  );
}
