import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { Messages } from '../../../../components/field';
import { RemindersCard } from '../../../../components/reminders-card';
import { useMyStations } from '../../hooks/use-my-stations';
import { useTriageCount } from '../../hooks/use-triage-count';
import { useOverdueCount } from '../../hooks/use-overdue';
import { Grid, GridItem } from '../../../../components/ui/grid';
import { Cell, Cells } from '../../../../components/ui/cells';
import { UnreachableList } from '../../../../components/reach-line';

const go = (url: string) => void Taro.navigateTo({ url });

/** 联络站工作台: my stations (code, poster, schedule) and the desk's work. */
export default function StaffHomePage() {
  const s = useMyStations();
  const triageCount = useTriageCount();
  const overdueCount = useOverdueCount();
  return (
    <View className='page'>
      <Grid>
        <GridItem icon='待' tone='red' label='待处理' badge={triageCount} url={ROUTES.staffQueue('triage')} />
        <GridItem icon='办' tone='blue' label='办理中' url={ROUTES.staffQueue('open')} />
        <GridItem icon='录' tone='green' label='代录意见' url={ROUTES.staffEnter} />
        <GridItem icon='访' tone='orange' label='回访' url={ROUTES.staffQueue('followup')} />
        <GridItem icon='公' tone='purple' label='成果公开' url={ROUTES.staffQueue('showcase')} />
        <GridItem icon='码' tone='grey' label='目录与邀请码' url={ROUTES.staffTools} />
      </Grid>
      <Cells>
        <Cell icon='查' tone='blue' label='查找意见' description='按查询编号、电话后四位或内容中的词查找本站意见' url={ROUTES.caseSearch('staff')} />
        <Cell icon='汇' tone='orange' label='汇总整理' description='同一问题的多件意见自动归组，可合并为一件汇总件统一办理' url={ROUTES.similarGroups('staff')} />
        <Cell icon='期' tone='red' label='超期意见' description='超过受理或办结期限的意见，超期最久的在前' badge={overdueCount} url={ROUTES.overdue('staff')} />
        <Cell icon='转' tone='grey' label='任期届满转交' description='代表任期届满后，把未办完的意见交给其他代表' url={ROUTES.staffHandover} />
      </Cells>
      <Messages error={s.error} done={s.done} />
      <RemindersCard role='staff' />
      {s.stations.status === 'error' ? (
        <>
          <ErrorNotice message={s.stations.error.message} onRetry={s.stations.reload} />
          {s.stations.error.code === 'FORBIDDEN' ? (
            <Button className='btn btn--primary' onClick={() => go(ROUTES.staffJoin)}>我有工作人员邀请码</Button>
          ) : null}
        </>
      ) : !s.stations.data ? (
        <Loading />
      ) : (
        s.stations.data.items.map((st) => (
          <View key={st.code} className='card station-admin' data-code={st.code}>
            <Text className='card__title'>
              {st.name}（{st.code}）{st.retired ? ' · 已撤并' : ''}
            </Text>
            <Text className='muted small'>{st.address}</Text>
            <Text className='small'>
              代表 {st.deputies.length} 位 · 每周接待 {st.schedule.weekly.length} 次 · 单次接待 {st.schedule.dated.length} 次
            </Text>
            <UnreachableList title='联系不上的代表' all='本站代表均可接收提醒' people={st.deputies.filter((d) => d.active)} />
            {st.qrCode ? <Image className='qr-preview' style={{ width: '160px', height: '160px' }} src={st.qrCode.url} mode='aspectFit' ariaLabel={`${st.name}小程序码`} /> : null}
            {st.retired ? null : (
              <View className='row'>
                <Button className='btn btn--plain btn--small' onClick={() => go(ROUTES.staffStation(st.code))}>接待安排</Button>
                <Button className='btn btn--plain btn--small' disabled={flag(s.busy)} onClick={() => void s.makeCode(st.code)}>生成小程序码</Button>
                <Button className='btn btn--plain btn--small' disabled={flag(s.busy)} onClick={() => void s.printPoster(st.code)}>打印海报</Button>
              </View>
            )}
          </View>
        ))
      )}
    </View>
  );
}
