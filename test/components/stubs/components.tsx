/**
 * Small React stand-ins for `@tarojs/components` in jsdom, keeping the event shapes pages rely
 * on (`e.detail.value`). Button does not block taps when disabled: on a phone a fast double tap
 * can arrive before the view updates, so pages must guard sends themselves.
 */
import type { ReactNode } from 'react';

type Common = {
  id?: string;
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
  role?: string;
  ariaLabel?: string;
  hoverClass?: string;
  [data: `data-${string}`]: string | undefined;
};

const common = ({ id, className, onClick, role, ariaLabel, hoverClass: _h, children: _c, ...rest }: Common) => ({
  id,
  className,
  onClick,
  role,
  'aria-label': ariaLabel,
  ...Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-'))),
});

export const View = (props: Common) => <div {...common(props)}>{props.children}</div>;
export const Text = (props: Common) => <span {...common(props)}>{props.children}</span>;

export const Button = (props: Common & { disabled?: boolean; loading?: boolean }) => (
  <button type='button' {...common(props)} aria-disabled={props.disabled ? 'true' : undefined}>
    {props.children}
  </button>
);

type Detail<T> = { detail: { value: T } };

export const Textarea = (props: Common & { value?: string; placeholder?: string; maxlength?: number; onInput?: (e: Detail<string>) => void; onBlur?: (e: Detail<string>) => void }) => (
  <textarea
    className={props.className}
    value={props.value}
    placeholder={props.placeholder}
    onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
    onBlur={(e) => props.onBlur?.({ detail: { value: e.target.value } })}
  />
);

export const Input = (props: Common & { value?: string; type?: string; placeholder?: string; onInput?: (e: Detail<string>) => void }) => (
  <input
    className={props.className}
    value={props.value}
    placeholder={props.placeholder}
    onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
  />
);

export const Switch = (props: Common & { checked?: boolean; color?: string; onChange?: (e: Detail<boolean>) => void }) => (
  <input
    type='checkbox'
    role='switch'
    checked={props.checked ?? false}
    onChange={(e) => props.onChange?.({ detail: { value: e.target.checked } })}
  />
);

export const Image = (props: Common & { src: string; mode?: string; nativeProps?: Record<string, unknown> }) => (
  <img className={props.className} src={props.src} alt={(props.nativeProps?.alt as string | undefined) ?? props.ariaLabel} />
);

export const ScrollView = (props: Common & { scrollY?: boolean }) => <div {...common(props)}>{props.children}</div>;

/**
 * Picker (date, month, time): what the wheel would answer is typed into an input of the matching
 * type inside it; the page gets WeChat's `e.detail.value` (YYYY-MM-DD, YYYY-MM, HH:mm).
 */
export const Picker = (
  props: Common & { mode?: string; value?: string; fields?: string; start?: string; end?: string; onChange?: (e: Detail<string>) => void },
) => (
  <div className={props.className} data-picker={props.mode} data-fields={props.fields}>
    {props.children}
    <input
      type={props.mode === 'time' ? 'time' : props.fields === 'month' ? 'month' : 'date'}
      className='picker-stub'
      value={props.value ?? ''}
      min={props.start}
      max={props.end}
      onChange={(e) => props.onChange?.({ detail: { value: e.target.value } })}
    />
  </div>
);
