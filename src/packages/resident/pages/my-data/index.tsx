import { Button, ScrollView, Text, View } from '@tarojs/components';
import { ConfirmBar } from '../../../../components/confirm-bar';
import { Messages } from '../../../../components/field';
import { PageRoot } from '../../../../components/page-root';
import { useMyData } from '../../../../hooks/use-my-data';
import { flag } from '../../../../lib/flag';

/** 我的数据: see and keep everything the app holds about me; delete my personal data. */
export default function MyDataPage() {
  const data = useMyData();
  const busy = flag(data.busy);
  return (
    <PageRoot>
      <View className='card'>
        <Text className='card__title'>导出我的数据</Text>
        <Text className='muted'>包括您提交的全部意见、照片链接、电话和授权记录。</Text>
        <Button className='btn btn--primary' disabled={busy} onClick={() => void data.exportMine()}>
          导出
        </Button>
        {data.json !== undefined ? (
          <View>
            <Text>共 {data.count} 条意见</Text>
            <ScrollView className='export' scrollY>
              <Text className='export__text' userSelect>
                {data.json}
              </Text>
            </ScrollView>
            <Button className='btn btn--plain' disabled={busy} onClick={() => void data.save()}>
              保存到本机
            </Button>
          </View>
        ) : null}
      </View>

      <Messages error={data.error} done={data.notice} />

      <View className='card'>
        <Text className='card__title'>删除我的数据</Text>
        <Text className='muted'>
          删除后，您的身份、联系方式、消息订阅和未读提醒会被清除，无法恢复；已结束意见的照片会删除，已公开的办理结果会撤下；意见内容会去掉个人信息后保留，用于统计。
        </Text>
        {data.erased !== undefined ? (
          <View role='status'>
            <Text>已删除，共清除 {data.erased} 条意见中的个人信息。</Text>
          </View>
        ) : data.confirming ? (
          <ConfirmBar
            message='确定删除我的个人数据吗？此操作无法撤销。'
            confirmLabel='确认删除'
            onConfirm={() => void data.remove()}
            onCancel={data.cancel}
          />
        ) : (
          <Button className='btn btn--plain btn--danger' disabled={busy} onClick={() => void data.remove()}>
            删除我的数据
          </Button>
        )}
      </View>
    </PageRoot>
  );
}
