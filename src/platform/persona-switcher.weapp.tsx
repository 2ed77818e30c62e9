/** On WeChat the openid comes from the platform: there is nobody to switch to. */
export function PersonaSwitcher(_props: { onSwitched: () => void }): JSX.Element | null {
  return null;
}
