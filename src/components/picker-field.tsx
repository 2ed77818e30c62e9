import { Picker, Text, View } from '@tarojs/components';
import '../styles/desk.css';

/**
 * A date, month or time chosen with the platform's own picker (WeChat's wheel; Taro's on H5),
 * never typed: the value is always well formed (YYYY-MM-DD, YYYY-MM or HH:mm). A labelled row
 * that shows the value (or what to choose) and opens the picker when tapped; `onClear` offers
 * 清除 for an optional one.
 */
export function PickerField({
  label,
  mode,
  value,
  onChange,
  placeholder = '请选择',
  month,
  start,
  end,
  onClear,
  fallback,
}: {
  label: string;
  mode: 'date' | 'time';
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  /** A month (YYYY-MM) rather than a day. */
  month?: boolean;
  start?: string;
  end?: string;
  onClear?: () => void;
  /** Where the wheel opens when nothing is chosen yet (e.g. today). */
  fallback?: string;
}) {
  return (
    <View className='column picker-field'>
      <Text className='field-label'>{label}</Text>
      <View className='row picker-field__row'>
        <Picker
          mode={mode}
          value={value || fallback || ''}
          {...(month ? { fields: 'month' as const } : {})}
          {...(start ? { start } : {})}
          {...(end ? { end } : {})}
          onChange={(e) => onChange(String(e.detail.value))}
          className='picker-field__picker'
        >
          <View className='input row row--between picker-field__value' role='button' ariaLabel={`${label}：${value || placeholder}`}>
            <Text className={value ? 'nowrap' : 'muted'}>{value || placeholder}</Text>
            <View className='ui-cell__chevron' />
          </View>
        </Picker>
        {onClear && value ? (
          <View className='picker-field__clear' role='button' ariaLabel={`清除${label}`} onClick={onClear}>
            <Text>清除</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
