import { Input, Text, Textarea, View } from '@tarojs/components';
import { useEffect } from 'react';
import { showSuccess } from './ui/feedback';

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

/**
 * The outcome of the last action: an error to act on (error colour), or what was done: a
 * success toast where the eye is, and the text kept on the page in green (it may hold something
 * to copy: an invite code, a tracking number, a file name). Yellow is for warnings only.
 */
export function Messages({ error, done }: { error?: string; done?: string }) {
  useEffect(() => {
    if (done) showSuccess(done);
  }, [done]);
  return (
    <>
      {error ? (
        <View className='error-box' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
      {done ? (
        <View className='done-box' role='status'>
          <Text>{done}</Text>
        </View>
      ) : null}
    </>
  );
}
