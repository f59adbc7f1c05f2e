import { useId, useMemo, useState, type ReactNode } from 'react';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import type { Brand } from '../../schema/settings.ts';
import { BRAND_NAME_MAX, BrandStore, effectiveBrand, type CustomBrand } from '../../storage/brand-store.ts';
import { checkLogo } from '../../workshop/brand-logo.ts';

/** `#1af` as `#11aaff`: the colour input takes six digits only. */
const sixDigits = (hex: string): string =>
  (hex.length === 4 ? `#${hex.slice(1).replace(/./g, (c) => c + c)}` : hex).toLowerCase();

interface Props {
  readonly store: BrandStore;
  /** The brand built into the site: the starting point, and what "Use the site's brand" goes back to. */
  readonly built: Brand;
  readonly current: CustomBrand | null;
  readonly onChange: (brand: CustomBrand | null) => void;
  /** Where the brand shows, in words, e.g. "the PDF's cover and page headers". */
  readonly appliesTo: string;
}

/**
 * The facilitator's brand (name, logo, accent colour), kept in this browser and used on the team
 * view, the presenter and the PDF's cover and page headers. A bad logo is refused with the reason
 * and the brand in use stays as it was; nothing changes until "Use this brand" is pressed.
 */
export function BrandSettings({ store, built, current, onChange, appliesTo }: Props) {
  const [name, setName] = useState(current?.name ?? '');
  const [accent, setAccent] = useState(current?.accent ?? sixDigits(built.accent));
  const [logo, setLogo] = useState<string | undefined>(current?.logo);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const ids = { name: useId(), accent: useId(), logo: useId(), hint: useId() };

  const chooseLogo = async (file: File): Promise<void> => {
    const checked = await checkLogo(file);
    if (!checked.ok) {
      setMessage({
        kind: 'error',
        text: `${checked.message} The ${logo === undefined ? 'brand keeps no logo' : 'previous logo is kept'}.`,
      });
      return;
    }
    setLogo(checked.dataUrl);
    setMessage({ kind: 'status', text: `The logo "${file.name}" is ready. Press "Use this brand" to apply it.` });
  };

  const apply = (): void => {
    if (name.trim() === '') {
      setMessage({ kind: 'error', text: 'Enter the name to show on the plan, for example your consultancy’s name.' });
      document.getElementById(ids.name)?.focus();
      return;
    }
    const brand: CustomBrand = { name: name.trim(), accent, ...(logo === undefined ? {} : { logo }) };
    if (!store.save(brand)) {
      setMessage({
        kind: 'error',
        text: 'This brand could not be used: the colour must be a hex colour such as #1f5f7a.',
      });
      return;
    }
    onChange(brand);
    setMessage({
      kind: store.memoryReason === null ? 'status' : 'error',
      text:
        store.memoryReason === null
          ? `“${brand.name}” is now on ${appliesTo}. It is kept in this browser only.`
          : `“${brand.name}” is used in this tab, but it was not saved: this browser’s storage is ${store.memoryReason}. It will be gone after a reload.`,
    });
  };

  return (
    <details className="brand-settings">
      <summary>Your brand on the plan{current !== null ? `: ${current.name}` : ''}</summary>
      <p id={ids.hint} className="hint">
        Put your own name, logo and colour on {appliesTo}. They stay in this browser; without them the plan carries “
        {built.name}”.
      </p>
      <label htmlFor={ids.name}>Name on the plan</label>
      <input
        id={ids.name}
        value={name}
        maxLength={BRAND_NAME_MAX}
        onChange={(e) => setName(e.target.value)}
        aria-describedby={ids.hint}
      />
      <label htmlFor={ids.accent}>Accent colour</label>
      <input id={ids.accent} type="color" value={accent} onChange={(e) => setAccent(e.target.value)} />
      <label htmlFor={ids.logo}>Logo (PNG or JPEG, at most 200 KB)</label>
      <input
        id={ids.logo}
        type="file"
        accept="image/png,image/jpeg"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file !== undefined) void chooseLogo(file);
        }}
      />
      {logo !== undefined && (
        <p>
          <img src={logo} alt="The chosen logo" className="brand-logo-preview" height={40} />{' '}
          <button type="button" className="link-button" onClick={() => setLogo(undefined)}>
            Remove the logo
          </button>
        </p>
      )}
      <p className="button-row">
        <button type="button" className="button" onClick={apply}>
          Use this brand
        </button>
        {current !== null && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              store.clear();
              onChange(null);
              setName('');
              setAccent(sixDigits(built.accent));
              setLogo(undefined);
              setMessage({ kind: 'status', text: `The plan carries “${built.name}” again.` });
            }}
          >
            Use the site’s brand
          </button>
        )}
      </p>
      {message !== null && (
        <p
          className={message.kind === 'error' ? 'field-error' : undefined}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </details>
  );
}

/**
 * The brand a page shows (the facilitator's where set, else the built-in one), whether a custom
 * one is set, and the settings panel that changes it. `store` is injected in tests.
 */
export function useRuntimeBrand(
  built: Brand,
  appliesTo: string,
  store?: BrandStore,
): { brand: Brand; custom: boolean; settings: ReactNode } {
  const brandStore = useMemo(() => store ?? new BrandStore(browserLocalStorage()), [store]);
  const [current, setCurrent] = useState(() => brandStore.load());
  return {
    brand: effectiveBrand(built, current),
    custom: current !== null,
    settings: (
      <BrandSettings store={brandStore} built={built} current={current} onChange={setCurrent} appliesTo={appliesTo} />
    ),
  };
}
