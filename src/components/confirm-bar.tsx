import { Button, Text, View } from '@tarojs/components';

/** A second, explicit step before something that cannot be undone. */
export function ConfirmBar({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <View className='card confirm' role='alertdialog' ariaLabel={message}>
      <Text className='confirm__message'>{message}</Text>
      <Button className='btn btn--primary' onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button className='btn btn--plain' onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
