import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '../../../../routes';

/** The region admin's pages: station management is open; the rest says plainly it is not built yet. */
export default function AdminHomePage() {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>联络站管理</Text>
        <Text>新建、撤并联络站,安排工作人员,批量打印海报。</Text>
        <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.adminStations })}>进入联络站管理</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>其他功能(建设中)</Text>
        <Text className='bullet'>· 本区域及下级的办理统计(按办结与满意度,不按数量)</Text>
        <Text className='bullet'>· 代表名册导入与届次变动</Text>
        <Text className='bullet'>· 活动期设置与活动总结报告</Text>
        <Text className='bullet'>· 数据导出</Text>
      </View>
    </View>
  );
}
