import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file d2: a founder's hiring page published from Notion (the notion-app shell with the top bar's
 * breadcrumbs and the "Get Notion free" button, the page cover and icon, the title block, a grey byline text block, a callout,
 * heading, text, bulleted and numbered list blocks, a toggle, a divider, and the mobile "Try Notion" bar).
 */
const nTitle = 'Founding Engineer at Kestrel Health';
const nByline = 'Jonas Ferreira · co-founder and CEO · updated March 9, 2026';
const nCallout = '📍 Remote within UTC−1 to UTC+3 · Full-time · €85–105k plus 0.5–1% equity';
const nAbout = [
  j(
    'Kestrel helps physiotherapy clinics keep patients doing their exercises between appointments. Patients get a short',
    'daily plan on their phone with video, and therapists see who is keeping up and who has quietly stopped.',
  ),
  j(
    'We are four people, funded by a pre-seed round from two angel investors and a health-focused fund in Lisbon. Thirty-one',
    'clinics in Portugal and the Netherlands use Kestrel today, and they pay for it.',
  ),
];
const nRole = [
  j(
    'You would be the first engineer who is not a founder. My co-founder Mette wrote most of the code so far and will keep',
    'writing it, but she is also our only designer, and we need someone who can own large parts of the product end to end.',
  ),
];
const nDo = [
  'Build the therapist dashboard in React and TypeScript, from schema to screen.',
  'Make the patient app work well on cheap Android phones with bad connections.',
  'Set up the boring but essential parts: error tracking, backups, a sane deploy process.',
  'Talk to therapists every week. You will sit in on at least two clinic visits a month.',
];
const nLook = [
  'You have shipped and maintained a product that real people rely on, in any field.',
  'You are comfortable with TypeScript, Postgres and one mobile stack, or keen to learn the one you lack.',
  'You write clearly. We work asynchronously most days and decisions are written down.',
  'Health experience is welcome but not required.',
];
const nSteps = [
  'A 30-minute call with me about what you want from your next job.',
  'A paid take-home task of about four hours, based on a real feature we shipped last year.',
  'A day with the team in Lisbon or online, including a clinic visit if you are nearby.',
];
const nToggle = j(
  'Yes. If you have been out of work for a while, changing careers, or coming back from caring for someone, please apply anyway.',
  'Tell us what you have been doing in a sentence or two; we do not need explanations.',
);
const nClose = 'Send a short note and a link to something you built to jobs@kestrel.example. I read every one myself.';
const block = (type: string, inner: string, id: string): string => `<div data-block-id="${id}" class="notion-selectable notion-${type}-block"
style="width: 100%; max-width: 708px; margin-top: 2px; margin-bottom: 1px;">${inner}</div>`;
const leaf = (t: string, style = ''): string =>
  `<div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" style="${style}">${t}</div>`;
const text = (t: string, id: string, style = ''): string => block('text', `<div style="display: flex; width: 100%;">${leaf(t, style)}</div>`, id);
const head = (t: string, id: string): string => block('sub_header', `<h2 class="notranslate" style="font-size: 1.5em; margin: 0;">${leaf(t)}</h2>`, id);
const bullets = (items: string[], id: string, kind: 'bulleted_list' | 'numbered_list'): string =>
  items
    .map((t, i) =>
      block(
        kind,
        `<div style="display: flex; align-items: flex-start;">
<div class="pseudoBefore" style="width: 24px;">${kind === 'numbered_list' ? `${i + 1}.` : '•'}</div>
<div style="flex: 1 1 0px;">${leaf(t)}</div></div>`,
        `${id}-${i}`,
      ),
    )
    .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<title>${nTitle}</title><meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:site_name" content="Kestrel Health on Notion"><meta property="og:title" content="${nTitle}">
<link rel="stylesheet" href="/_assets/app-4b8e2f9c.css"><script>window.CONFIG = {"env":"production","isAdminMode":false,"publicDomainName":"notion.site"};
</script></head><body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme">
<div class="notion-cursor-listener" style="width: 100vw; height: 100%;"><div class="notion-frame" style="flex-grow: 0; flex-shrink: 1;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px;"><div class="shadow-cursor-breadcrumb" role="navigation">
<a href="/Kestrel-Health-1a2b" class="notion-focusable"><span class="notion-record-icon">🪶</span><div class="notranslate">Kestrel Health</div></a>
<span style="margin: 0 2px;">/</span><a href="/Careers-3c4d" class="notion-focusable"><div class="notranslate">Careers</div></a>
<span style="margin: 0 2px;">/</span><div class="notion-focusable"><div class="notranslate">Founding Engineer</div></div></div>
<div class="notion-topbar-share-menu"><div role="button" class="notion-focusable">Search</div>
<a href="https://www.notion.so/signup?from=public_page" class="notion-focusable" role="button">Get Notion free</a></div></div>
<div class="notion-scroller vertical"><div class="notion-page-cover" style="height: 30vh;"><img src="https://images.unsplash.example/photo-hills.jpg"
style="object-fit: cover;" alt=""></div>
<div class="notion-page-controls"><div class="notion-record-icon">🪶</div></div>
<div class="notion-page-block" data-block-id="9f1e-title"><h1 class="notranslate" spellcheck="true" placeholder="Untitled" data-content-editable-leaf="true"
contenteditable="false" style="font-weight: 700; font-size: 40px;">${nTitle}</h1></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; flex-direction: column;">
${text(nByline, 'b01', 'color: rgba(120, 119, 116, 1);')}
${block(
  'callout',
  `<div role="note" style="display: flex; border-radius: 4px; background: rgb(241, 241, 239); padding: 16px;">
<div class="notion-record-icon">💡</div><div style="margin-left: 8px;">${leaf(nCallout)}</div></div>`,
  'b02',
)}
${head('About us', 'b03')}
${nAbout.map((t, i) => text(t, `b04-${i}`)).join('\n')}
${head('The role', 'b05')}
${text(nRole[0] ?? '', 'b06')}
${head('What you will do', 'b07')}
${bullets(nDo, 'b08', 'bulleted_list')}
${head('Who we are looking for', 'b09')}
${bullets(nLook, 'b10', 'bulleted_list')}
${head('How we hire', 'b11')}
${bullets(nSteps, 'b12', 'numbered_list')}
${block(
  'toggle',
  `<div role="button" aria-expanded="true">▸</div><div>${leaf('Should I apply if my CV has gaps?')}</div>
<div class="notion-toggle-content">${text(nToggle, 'b13-1')}</div>`,
  'b13',
)}
${block('divider', '<div role="separator" style="border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div>', 'b14')}
${text(nClose, 'b15')}
</div></div></div></div>
<div class="notion-overlay-container notion-default-overlay-container"></div>
<div class="notion-mobile-footer" style="position: fixed; bottom: 0;"><a href="https://www.notion.so/product?from=public_page">Try Notion</a></div>
</div></div><script src="/_assets/app-1d7c3a90.js" async></script></body></html>`;
export const notion: TestPage = {
  name: 'heldout332-notion-site-hiring',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['About us', 'The role', 'What you will do', 'Who we are looking for', 'How we hire', 'Should I apply if my CV has gaps?'],
  body: texts([nCallout, ...nAbout, ...nRole, ...nDo, ...nLook, ...nSteps, nToggle, nClose]),
  bylines: [nByline],
  furniture: ['Kestrel Health', 'Careers', 'Founding Engineer', 'Search', 'Get Notion free', 'Try Notion'],
};
