import { Text, View } from '@tarojs/components';

/** Station staff's workbench: not built yet; says so plainly instead of showing made-up data. */
export default function StaffHomePage() {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>联络站工作台(建设中)</Text>
        <Text>这里将提供给联络站工作人员使用,目前还没有开放。即将包括:</Text>
        <Text className='bullet'>· 待分派意见的分派与不予受理(须写明原因)</Text>
        <Text className='bullet'>· 为现场来访、电话、来信的群众代录意见</Text>
        <Text className='bullet'>· 维护联络站地址、接待安排、代表请假</Text>
        <Text className='bullet'>· 生成联络站二维码和张贴海报</Text>
        <Text className='bullet'>· 电话回访与满意度登记</Text>
        <Text className='muted small'>在此之前,请通过原有方式办理。</Text>
      </View>
    </View>
  );
}
