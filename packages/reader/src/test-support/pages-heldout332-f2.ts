import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file f2: a startup's pricing FAQ built with Framer (the hydrated framer-* containers with
 * data-framer-name layers and RichTextContainer text, the sticky nav with its buttons, the FAQ groups with questions as h3
 * and open accordion answers, the "Still have questions?" card, the call-to-action band, the footer columns and the "Made in
 * Framer" badge).
 */
const fTitle = 'Pricing questions, answered';
const fIntro = 'Everything you might want to know about how we charge, what counts as a seat, and how to change or cancel your plan.';
type G = { group: string; qa: Array<[string, string]> };
const fGroups: G[] = [
  {
    group: 'Plans and billing',
    qa: [
      [
        'Is there a free plan?',
        j(
          'Yes. The Starter plan is free for up to three people and two shared inboxes, with no time limit. You only need a card when you',
          'move to Team or Business.',
        ),
      ],
      [
        'Can I pay yearly?',
        j(
          'Yearly billing is available on every paid plan and costs the same as ten months of monthly billing. You can switch between',
          'monthly and yearly at any time; the change applies from your next renewal.',
        ),
      ],
      [
        'Which payment methods do you accept?',
        'We accept all major cards and SEPA direct debit. Business customers paying more than €5,000 a year can also pay by invoice with 30-day terms.',
      ],
    ],
  },
  {
    group: 'Seats and usage',
    qa: [
      [
        'What counts as a seat?',
        j(
          'A seat is anyone who can reply to customers. Teammates who only read conversations or leave internal notes are free, so you',
          'can invite finance or engineering without paying for them.',
        ),
      ],
      [
        'What happens if we add people in the middle of a month?',
        j(
          'New seats are charged pro rata for the rest of the billing period. If you remove a seat, we credit the unused days to your',
          'next invoice rather than refunding them to your card.',
        ),
      ],
      [
        'Are there limits on conversations or contacts?',
        'No. Every plan includes unlimited conversations and contacts. Limits apply only to automation runs, which are listed on each plan.',
      ],
    ],
  },
  {
    group: 'Security and contracts',
    qa: [
      [
        'Do you offer discounts for startups and non-profits?',
        j(
          'Startups that have raised less than $3 million get 50 percent off Team for their first year, and registered non-profits get 30',
          'percent off any plan for as long as they stay with us. Write to us with a link to your organisation.',
        ),
      ],
      [
        'Can we sign a data processing agreement?',
        j(
          'Yes. Our standard DPA is available to sign online from the billing settings on any paid plan. Business customers can ask for',
          'changes to it, along with a security review and single sign-on.',
        ),
      ],
      [
        'How do I cancel?',
        j(
          'You can cancel from the billing settings in two clicks. Your workspace stays on the paid plan until the end of the period you',
          'have paid for, then moves to Starter. We keep your data for 90 days in case you change your mind.',
        ),
      ],
    ],
  },
];
const fNav = ['Product', 'Pricing', 'Customers', 'Changelog'];
const fFoot = ['Product', 'Integrations', 'Security', 'Status', 'Company', 'About', 'Careers', 'Legal', 'Terms', 'Privacy'];
const rt = (tag: string, t: string, preset: string): string =>
  `<div class="framer-${preset}" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;
flex-direction:column;justify-content:flex-start;
flex-shrink:0;transform:none"><${tag} class="framer-text framer-styles-preset-${preset}" data-styles-preset="${preset}">${t}</${tag}></div>`;
const fHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 8c2f1a9"><title>Pricing FAQ – Hearthly</title><meta name="description" content="${fIntro}">
<meta property="og:type" content="website"><meta property="og:title" content="Pricing FAQ – Hearthly">
<link rel="canonical" href="https://hearthly.example/pricing/faq">
<link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/4x8Yq1/react.BoX2a1cT.mjs">
<style data-framer-css-ssr-minified="" data-framer-components="framer-lib-cursors-host framer-Ll9k2 PropertyOverrides">
html,body,#main{margin:0;padding:0;box-sizing:border-box}.framer-text{overflow-wrap:break-word}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Is there a free plan?"}]}</script>
</head><body><div id="main" data-framer-hydrate-v2="{&quot;routeId&quot;:&quot;kQ9zPw2&quot;,&quot;localeId&quot;:&quot;default&quot;}">
<div class="framer-Ll9k2 framer-72rtr7" style="min-height:100vh;width:auto"><div class="framer-1u8t4o2" data-framer-name="Desktop">
<nav class="framer-1ev9xbh" data-framer-name="Nav"><a class="framer-1w9a5lv framer-lux5qc" data-framer-name="Logo" href="./">
${rt('p', 'Hearthly', 'a1b2c3')}</a>
<div class="framer-9xkl2" data-framer-name="Links">${fNav
  .map((n) => `<a class="framer-1kx9 framer-lux5qc" href="./${n.toLowerCase()}">${rt('p', n, 'd4e5f6')}</a>`)
  .join('')}
</div><a class="framer-1p0ks2" data-framer-name="Button" href="https://app.hearthly.example/login">${rt('p', 'Log in', 'd4e5f6')}</a>
<a class="framer-19zzr1" data-framer-name="Button Primary" href="https://app.hearthly.example/signup">${rt('p', 'Start for free', 'g7h8i9')}</a></nav>
<section class="framer-1rs9bqk" data-framer-name="Hero"><div class="framer-1ezcl5" data-framer-name="Badge">${rt('p', 'Help centre · Billing', 'j1k2l3')}</div>
${rt('h1', fTitle, 'm4n5o6')}${rt('p', fIntro, 'p7q8r9')}</section>
<section class="framer-8h2kq1" data-framer-name="FAQ">${fGroups
  .map(
    (g, gi) =>
      `<div class="framer-xq${gi}" data-framer-name="Group">${rt('h2', g.group, 's1t2u3')}${g.qa
        .map(
          ([q, a], qi) => `<div class="framer-1y7ty0w framer-v-1y7ty0w" data-framer-name="Open" data-border="true" data-highlight="true" tabindex="0">
<div class="framer-q${gi}${qi}" data-framer-name="Question">${rt('h3', q, 'v4w5x6')}<div data-framer-name="Icon" class="framer-ic">–</div></div>
<div class="framer-a${gi}${qi}" data-framer-name="Answer">${rt('p', a, 'y7z8a9')}</div></div>`,
        )
        .join('\n')}</div>`,
  )
  .join('\n')}</section>
<div class="framer-contact" data-framer-name="Contact Card">${rt('h4', 'Still have questions?', 'b1c2d3')}
${rt('p', 'Our team replies within one working day.', 'e4f5g6')}<a href="mailto:billing@hearthly.example">${rt('p', 'Talk to us', 'd4e5f6')}</a></div>
<section class="framer-cta" data-framer-name="CTA">${rt('h2', 'Bring every customer conversation into one place.', 'h7i8j9')}
<a data-framer-name="Button Primary" href="https://app.hearthly.example/signup">${rt('p', 'Try Hearthly free', 'g7h8i9')}</a></section>
<footer class="framer-footer" data-framer-name="Footer">${fFoot.map((f) => rt('p', f, 'k1l2m3')).join('')}
${rt('p', '© 2026 Hearthly GmbH, Berlin', 'k1l2m3')}</footer></div></div></div>
<div id="__framer-badge-container"><a class="__framer-badge" href="https://www.framer.com" target="_blank">Made in Framer</a></div>
<script type="module" async src="https://framerusercontent.com/sites/4x8Yq1/script_main.Jx9aL2.mjs"></script></body></html>`;
export const framer: TestPage = {
  name: 'heldout332-framer-pricing-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap((g) => [g.group, ...g.qa.map(([q]) => q)]),
  body: texts([fIntro, ...fGroups.flatMap((g) => g.qa.map(([, a]) => a))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hearthly', ...fNav, 'Log in', 'Start for free', 'Help centre · Billing', 'Still have questions?', 'Our team replies within one working day.',
    'Talk to us', 'Bring every customer conversation into one place.', 'Try Hearthly free', ...fFoot, '© 2026 Hearthly GmbH, Berlin', 'Made in Framer',
  ],
};
