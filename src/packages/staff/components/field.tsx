import { Input, Text, Textarea, View } from '@tarojs/components';

/** A labelled text box (one line, or several with `multi`). */
export function Field(props: { label: string; value: string; onChange: (v: string) => void; placeholder?: string; multi?: boolean }) {
  const { label, value, onChange, placeholder, multi } = props;
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

/** Chips to pick one (or several with `multi`) of a few options. */
export function Chips<T extends string | number>(props: { options: { value: T; label: string }[]; selected: T[]; onToggle: (v: T) => void }) {
  return (
    <View className='chips'>
      {props.options.map((o) => (
        <View key={String(o.value)} className={`chip${props.selected.includes(o.value) ? ' chip--on' : ''}`} role='button' onClick={() => props.onToggle(o.value)}>
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}

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
