import { Button, Switch, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { ROLE_LABELS } from '@core/vocabulary';
import { ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { useLargeText } from '../../hooks/use-large-text';
import { deputyTitle } from '../../lib/deputy-title';
import { useMe } from '../../hooks/use-me';
import { PersonaSwitcher } from '../../platform/persona-switcher';
import { ROUTES } from '../../routes';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** 我的: who I am here, and the doors my roles open. */
export default function MePage() {
  const me = useMe();
  const text = useLargeText();
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void me.reload();
    shown.current = true;
  });

  return (
    <PageRoot>
      <View className='card'>
        <View className='row row--between switch-row'>
          <View className='column'>
            <Text className='card__title'>大字模式</Text>
            <Text className='muted small'>字更大、按钮更大,所有页面都生效</Text>
          </View>
          <Switch
            checked={text.large}
            color='#b71c1c'
            ariaLabel='大字模式'
            onChange={(e) => text.setLarge(e.detail.value)}
          />
        </View>
      </View>
      {me.status === 'error' ? (
        <ErrorNotice message={me.error.message} onRetry={me.reload} />
      ) : !me.data ? (
        <Loading />
      ) : (
        <View>
          <View className='card'>
            <Text className='card__title'>我的身份</Text>
            {me.data.identified ? (
              <Text>{me.data.roles.map((r) => ROLE_LABELS[r]).join('、') || '居民'}</Text>
            ) : (
              <Text className='muted'>未识别身份:请在微信中打开小程序</Text>
            )}
            {me.data.deputy ? (
              <Text className='muted'>
                {me.data.deputy.name} · {deputyTitle(me.data.deputy.levelLabel)}
              </Text>
            ) : null}
            {me.data.adminRegion ? <Text className='muted'>管理区域:{me.data.adminRegion.name}</Text> : null}
            {me.data.staffStations.length > 0 ? (
              <Text className='muted'>负责联络站:{me.data.staffStations.map((s) => s.name).join('、')}</Text>
            ) : null}
          </View>

          {me.data.roles.includes('deputy') ? (
            <Button className='btn btn--primary btn--big' onClick={go(ROUTES.deputyInbox)}>
              代表收件箱
            </Button>
          ) : null}
          {me.data.roles.includes('staff') ? (
            <Button className='btn btn--plain' onClick={go(ROUTES.staffHome)}>
              联络站工作台
            </Button>
          ) : null}
          {me.data.roles.includes('admin') ? (
            <Button className='btn btn--plain' onClick={go(ROUTES.adminHome)}>
              区域管理
            </Button>
          ) : null}
          <Button className='btn btn--plain' onClick={() => void Taro.switchTab({ url: ROUTES.mine })}>
            我的意见
          </Button>
          <Button className='btn btn--plain' onClick={go(ROUTES.claim)}>
            认领工作人员代录的意见
          </Button>
          {me.data.identified && !me.data.roles.includes('deputy') ? (
            <Button className='btn btn--plain' onClick={go(ROUTES.deputyBind)}>
              我是人大代表:输入邀请码绑定
            </Button>
          ) : null}
          {me.data.identified && !me.data.roles.includes('staff') ? (
            <Button className='btn btn--plain' onClick={go(ROUTES.staffJoin)}>
              我是联络站工作人员:输入邀请码开通
            </Button>
          ) : null}
          <Button className='btn btn--plain' onClick={go(ROUTES.myData)}>
            我的数据(导出、删除)
          </Button>
        </View>
      )}
      <PersonaSwitcher onSwitched={() => void me.reload()} />
    </PageRoot>
  );
}
