import { Input, Text, Textarea, View } from '@tarojs/components';

/** A labelled text box (one line, or several with `multi`). */
export function Field({
  label,
  value,
  onChange,
  placeholder,
  multi,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  multi?: boolean;
}) {
  return (
    <View className='column'>
      <Text className='field-label'>{label}</Text>
      {multi ? (
        <Textarea className='textarea textarea--short' value={value} maxlength={-1} placeholder={placeholder} ariaLabel={label} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input className='input' value={value} placeholder={placeholder} ariaLabel={label} onInput={(e) => onChange(e.detail.value)} />
      )}
    </View>
  );
}

/** The outcome of the last action: an error to act on, or what was done. */
export function Messages({ error, done }: { error?: string; done?: string }) {
  return (
    <>
      {error ? (
        <View className='error-box' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
      {done ? (
        <View className='notice' role='status'>
          <Text>{done}</Text>
        </View>
      ) : null}
    </>
  );
}
