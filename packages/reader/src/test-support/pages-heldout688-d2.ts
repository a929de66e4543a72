import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file d2 (file d would pass 300 lines): a national home care provider's dementia care page on Next.js
 * (App Router, CSS modules, flight data scripts) with breadcrumbs, a contact sidebar and a details/summary FAQ.
 */
const nTitle = 'Dementia care at home';
const nDek = 'Familiar surroundings, a regular team of carers and support that changes as needs change.';
const nBody = [
  j(
    'For many people living with dementia, home is where they feel most themselves. Their own chair, their own kitchen and the',
    'view from their own window can be a great comfort when memory is less reliable. Our dementia care is built around keeping',
    'that familiar world in place for as long as possible.',
  ),
  'How we help',
  'keeping to the daily routines that matter, from the morning paper to a favourite walk',
  'preparing meals and making sure enough is eaten and drunk',
  'prompting and giving medication',
  'gentle support with washing and dressing',
  'company and conversation, and help to stay in touch with friends',
  'Carers trained in dementia',
  j(
    'Every carer on a dementia care package completes our two-day dementia course before their first visit, and refreshes it each',
    'year. We try to keep the team small, so that the faces at the door are familiar, and we write a life story with each client',
    'and their family so that carers know the people, places and music that matter.',
  ),
  'Support for families',
  j(
    'Families can see visit notes as they are written through the Hollins family app, and our dementia lead runs a monthly',
    'online session for relatives on topics such as communication, sleep and planning ahead.',
  ),
];
const nFaq: [string, string][] = [
  [
    'Can you help if my mother refuses care?',
    j(
      'It is common for someone with dementia to turn help away at first. We often start with short companionship visits and',
      'introduce personal care gradually, once trust has been built.',
    ),
  ],
  ['What happens if needs increase?', 'We can add visits, overnight support or live-in care, and will review the care plan with you whenever things change.'],
];
const nNav = ['Home care', 'Live-in care', 'Dementia care', 'Locations', 'Costs', 'Careers'];
const nCrumbs = ['Home', 'Our care'];
const nFoot = ['About Hollins', 'Find a branch', 'Modern slavery statement', 'Privacy notice', 'Cookie settings'];
const nList = nBody.slice(2, 7);
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_5c2a1f __variable_9b3e77"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font"
crossorigin="" type="font/woff2"><link rel="stylesheet" href="/_next/static/css/0f3c7b1a9e2d4c11.css" data-precedence="next">
<script src="/_next/static/chunks/webpack-6c1b9e02d7f1a4c3.js" async=""></script><script src="/_next/static/chunks/main-app-2a9d1c4e8b0f3a11.js"
async=""></script><title>Dementia care at home | Hollins Care</title><meta name="description" content="${nDek}">
<link rel="canonical" href="https://www.hollinscare.co.uk/our-care/dementia-care">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"${nTitle}","provider":{"@type":"Organization",
"name":"Hollins Care"}}</script></head>
<body><div hidden=""><!--$--><!--/$--></div><a class="SkipLink_skip__x7Qd1" href="#main">Skip to main content</a>
<header class="Header_header__3kLmV"><div class="Header_inner__Qp2sZ"><a class="Header_logo__9vTq1" href="/"><svg aria-label="Hollins Care" role="img"
viewBox="0 0 160 40"><path d="M0 0h40v40H0z"></path></svg></a><nav aria-label="Main" class="Nav_nav__b1Kx2"><ul class="Nav_list__R8m1e">
${links(nNav, 'Nav_item__k2PqA')}</ul></nav><a class="Button_button__p0Y7x Button_primary__Y2nVd" href="tel:08081962244">Call 0808 196 2244</a></div></header>
<main id="main" class="Page_main__Zt1Ke"><nav aria-label="Breadcrumb" class="Breadcrumbs_wrap__c3Vn0"><ol class="Breadcrumbs_list__5sXb8">
${links(nCrumbs, 'Breadcrumbs_item__Yy7Qe')}<li class="Breadcrumbs_item__Yy7Qe" aria-current="page">${nTitle}</li></ol></nav>
<div class="Hero_hero__m4Lq0"><div class="Hero_text__1uFz3"><h1 class="Hero_title__Rw2pE">${nTitle}</h1><p class="Hero_lede__9Tq1c">${nDek}</p>
<div class="Hero_ctas__p3Ux7"><a class="Button_button__p0Y7x Button_primary__Y2nVd" href="/contact?service=dementia">Arrange a free assessment</a></div></div>
<div class="Hero_image__w0Hd2"><img alt="A carer and an older man looking at a photo album" loading="eager" width="720" height="480" decoding="async"
data-nimg="1" style="color:transparent" src="/_next/image?url=%2Fimages%2Fdementia-hero.jpg&amp;w=1920&amp;q=75"></div></div>
<div class="Layout_twoCol__Fq8a1"><div class="Layout_content__b7Mn2"><div class="RichText_rich__Ux4bT">
${ps([nBody[0] ?? ''])}<h2>${nBody[1]}</h2><ul>${lis(nList)}</ul>
<h2>${nBody[7]}</h2>${ps([nBody[8] ?? ''])}<h2>${nBody[9]}</h2>${ps([nBody[10] ?? ''])}</div>
<section class="Faq_faq__2Rr7d" aria-labelledby="faq-title"><h2 id="faq-title" class="Faq_title__Qm1r0">Questions families ask</h2>${nFaq
  .map(
    ([q, a]) => `<details class="Faq_item__8cXk2"><summary class="Faq_question__Vb3nT">${q}</summary><div class="Faq_answer__n6Ls4"><p>${a}</p></div>
</details>`,
  )
  .join('\n')}</section></div>
<aside class="Layout_aside__H2cv9"><div class="ContactCard_card__Lr0qE"><h2 class="ContactCard_title__u6Ph1">Speak to our care team</h2>
<p>Our advisers are available 7 days a week, 8am to 8pm.</p><a class="ContactCard_phone__t8Xw3" href="tel:08081962244">0808 196 2244</a>
<a class="Button_button__p0Y7x Button_secondary__Kk3rF" href="/brochure">Download our brochure</a></div>
<div class="trustpilot-widget" data-locale="en-GB" data-template-id="53aa8807dec7e10d38f59f36" data-businessunit-id="5f1a2b3c4d5e6f708192a3b4"
data-style-height="140px">
<iframe title="Customer reviews powered by Trustpilot" loading="lazy" src="https://widget.trustpilot.com/trustboxes/53aa8807/index.html"
style="height:140px;width:100%;border:none;overflow:hidden"></iframe></div></aside></div></main>
<footer class="Footer_footer__eR2vW"><div class="Footer_inner__0yHq3"><ul class="Footer_links__7Jc2B">${links(nFoot)}</ul>
<p class="Footer_legal__Ha9w1">Hollins Care Ltd is registered in England and Wales, company number 07733219.</p>
<p class="Footer_legal__Ha9w1">© 2026 Hollins Care Ltd</p></div></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/0f3c7b1a9e2d4c11.css\\",\\"style\\"]\\n2:I[\\"7312\\",[],\\"default\\"]\\n"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"Hero_title__Rw2pE\\",\\"children\\":\\"${nTitle}\\"}]\\n"])</script>
</body></html>`;
const nextjs: TestPage = page({
  name: 'heldout688-nextjs-dementia-care',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [nBody[1] ?? '', nBody[7] ?? '', nBody[9] ?? '', 'Questions families ask', ...nFaq.map(([q]) => q)],
  body: [nDek, ...nBody.filter((_, i) => ![1, 7, 9].includes(i)), ...nFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Call 0808 196 2244', ...nCrumbs, 'Arrange a free assessment', 'Speak to our care team',
    'Our advisers are available 7 days a week, 8am to 8pm.', '0808 196 2244', 'Download our brochure', ...nFoot,
    'Hollins Care Ltd is registered in England and Wales, company number 07733219.', '© 2026 Hollins Care Ltd',
  ],
});

export const HELDOUT688_D2: readonly TestPage[] = [nextjs];
