// Renders the sections other features registered in case-sections.ts, in order. Each one
// loads on its own (code and i18n namespaces) and fails on its own: a broken section shows
// a short message and leaves the rest of the case page working.
import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces, useT } from '../i18n.ts';
import type { CaseSectionProps } from '../case-section-props.ts';
import { caseSections, type CaseSection } from '../case-sections.ts';

export function CaseSectionsSlot({ caseId }: { caseId: string }) {
  if (caseSections.length === 0) return null;
  return (
    <>
      {caseSections.map((section) => (
        <SectionBoundary key={section.key} sectionKey={section.key}>
          <LoadedSection section={section} caseId={caseId} />
        </SectionBoundary>
      ))}
    </>
  );
}

type Loaded = { component: ComponentType<CaseSectionProps> } | { failed: true } | null;

const loaded = new Map<string, ComponentType<CaseSectionProps>>();

function LoadedSection({ section, caseId }: { section: CaseSection; caseId: string }) {
  const [state, setState] = useState<Loaded>(() => {
    const known = loaded.get(section.key);
    return known ? { component: known } : null;
  });
  useEffect(() => {
    if (state) return undefined;
    let live = true;
    Promise.all([section.load(), loadNamespaces(section.namespaces ?? [])]).then(
      ([module]) => {
        loaded.set(section.key, module.default);
        if (live) setState({ component: module.default });
      },
      (error: unknown) => {
        console.error('case section failed to load', section.key, error);
        if (live) setState({ failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [section]);
  if (!state) return null;
  if ('failed' in state) return <SectionFailed />;
  const Section = state.component;
  return (
    <div data-section={section.key}>
      <Section caseId={caseId} />
    </div>
  );
}

class SectionBoundary extends Component<{ sectionKey: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    // A thrown promise is a suspending child, not a failure: let Preact handle it.
    if (error && typeof (error as { then?: unknown }).then === 'function') throw error;
    console.error('case section failed', this.props.sectionKey, error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? <SectionFailed /> : this.props.children;
  }
}

function SectionFailed() {
  const t = useT('cases');
  return (
    <p class="case-panel form-error" role="status">
      {t('sections.failed')}
    </p>
  );
}
