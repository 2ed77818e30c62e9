import { Text, View } from '@tarojs/components';

/** What is wrong with one field, next to it (read out as an alert). */
export function FieldFault({ text }: { text?: string }) {
  return text ? (
    <View className='error-text write-fault' role='alert'>
      <Text>{text}</Text>
    </View>
  ) : null;
}
