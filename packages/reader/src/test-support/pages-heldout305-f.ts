import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file f: a resume-template page of a CV builder built with Gatsby (#___gatsby, #gatsby-focus-wrapper,
 * styled-components class names, a template preview with "Use this template" buttons and colour swatches, the rating widget,
 * the how-to text with headings, a "More templates" carousel, an FAQ, the sticky app promo, a Usercentrics-style consent bar and
 * the footer). A product page whose article text sits between builder widgets.
 */
const title = 'Graduate Resume Template';
const intro = [
  j(
    'This clean, one-page template is designed for recent graduates with limited work experience. It puts your education and',
    'projects first, leaves room for a short profile, and keeps skills in a narrow column that recruiters can scan in seconds.',
  ),
];
const h1 = 'How to fill in this template';
const steps = [
  '<strong>Profile.</strong> Two or three lines on what you studied, what you are good at and the kind of role you want.',
  '<strong>Education.</strong> Your degree, university and graduation year, with your dissertation title if it is relevant.',
  '<strong>Projects.</strong> Two or three projects from your course or your own time, each with one line on the result.',
  '<strong>Experience.</strong> Part-time jobs, internships and volunteering count. Describe what you achieved, not just your duties.',
  '<strong>Skills.</strong> Software, languages and certificates. Leave out skills every applicant has, such as email.',
];
const h2 = 'Tips for a graduate resume';
const tips = [
  j(
    'Keep it to one page. Recruiters screening graduate applications spend well under a minute on each, and a second page is rarely',
    'read. If you are short of space, cut school grades before you cut projects.',
  ),
  j(
    'Tailor the profile and the order of your projects to each application. Reading the job advert carefully and echoing its',
    'language in your own words helps both human readers and the applicant tracking systems many employers use.',
  ),
  j(
    'Finally, save your resume as a PDF with a sensible file name, such as your full name followed by the word resume. It keeps',
    'the layout intact and looks tidy in a recruiter’s inbox.',
  ),
];
const h3 = 'Frequently asked questions';
const faq = [
  'Is this template compatible with applicant tracking systems?',
  'Yes. It uses a single text layer and standard section headings, so tracking systems can read every field.',
  'Can I change the colours and fonts?',
  'You can choose from six colour schemes and three font pairings in the editor, and switch at any time without losing your text.',
];
const nav = ['Resume templates', 'Cover letters', 'Career blog', 'Pricing'];
const swatches = ['Slate', 'Teal', 'Coral', 'Ink'];
const more = ['Internship Resume Template', 'Career Change Resume Template', 'Two-Column Modern Template', 'Academic CV Template'];
const foot = ['About us', 'Help centre', 'Privacy', 'Terms and conditions', 'Cookie settings'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>
<title data-gatsby-head="true">Graduate Resume Template – Free Download | Résumaker</title>
<meta name="description" content="A free one-page graduate resume template with tips on how to fill it in." data-gatsby-head="true"/>
<style data-styled="" data-styled-version="6.1.8">.sc-hLBbgP{display:flex}.sc-eDvSVe{max-width:720px}.sc-jSUZER{font-size:15px}</style>
<script type="application/ld+json" data-gatsby-head="true">{"@context":"https://schema.org","@type":"Product","name":"Graduate Resume Template",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"2318"}}</script>
<link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="sc-hLBbgP header__Wrapper-sc-1x2y3z4-0 kBnLgq"><a aria-current="page" class="header__Logo-sc-1x2y3z4-1 dTqWmA" href="/">Résumaker</a>
<nav class="header__Nav-sc-1x2y3z4-2 fXsKlp"><ul>${links(nav, 'header__NavItem-sc-1x2y3z4-3 eYkLbA')}</ul></nav>
<a class="button__Primary-sc-9q8w7e-0 hJkLzx" href="/app/signup">Create my resume</a></header>
<main class="template-page__Main-sc-4r5t6y-0 gHvNbc"><section class="template-page__Hero-sc-4r5t6y-1 cXzAqw">
<div class="template-page__Preview-sc-4r5t6y-2 bNmJkl"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">
<img data-main-image="" alt="Preview of the Graduate resume template" src="/static/3f2a1b/graduate-template.webp" loading="lazy"/></div>
<div class="template-page__Swatches-sc-4r5t6y-3 kLmNop" role="radiogroup" aria-label="Colour">${swatches
  .map((s) => `<button role="radio" aria-checked="${s === 'Slate'}" class="swatch">${s}</button>`)
  .join('')}</div></div>
<div class="template-page__Intro-sc-4r5t6y-4 eDcBaz"><p class="template-page__Eyebrow-sc-4r5t6y-5">Free template · ATS-friendly</p>
<h1 class="template-page__Title-sc-4r5t6y-6 jHgFdS">${title}</h1>
<div class="rating__Wrapper-sc-7u8i9o-0 qWeRty"><span class="rating__Stars">★★★★★</span><span>4.7 out of 5 from 2,318 reviews</span></div>
<div class="sc-eDvSVe">${ps(intro, ' class="sc-jSUZER"')}</div>
<a class="button__Primary-sc-9q8w7e-0 hJkLzx" href="/app/new?template=graduate">Use this template</a>
<a class="button__Secondary-sc-9q8w7e-1 zXcVbn" href="/downloads/graduate-template.docx">Download for Word</a></div></section>
<article class="template-page__Article-sc-4r5t6y-7 mNbVcx"><h2>${h1}</h2><ol>
${lis(steps)}</ol>
<aside class="inline-cta__Box-sc-2s3d4f-0 pOiUyT"><p>Not sure what to write? Our editor suggests phrases for each section.</p>
<a href="/app/new?template=graduate">Try the editor free</a></aside>
<h2>${h2}</h2>
${ps(tips)}
<h2>${h3}</h2><div class="faq__List-sc-5g6h7j-0 aSdFgH">
<details><summary>${faq[0]}</summary><p>${faq[1]}</p></details>
<details><summary>${faq[2]}</summary><p>${faq[3]}</p></details></div></article>
<section class="carousel__Section-sc-8k9l0m-0 lKjHgF"><h2>More templates you might like</h2><ul class="carousel__Track-sc-8k9l0m-1">
${links(more, 'carousel__Slide-sc-8k9l0m-2')}</ul><a href="/resume-templates">See all 48 templates</a></section></main>
<div class="sticky-promo__Bar-sc-3e4r5t-0 vBnMqw" role="complementary"><span>Build your resume in 10 minutes</span><a href="/app/signup">Get started</a></div>
<footer class="footer__Wrapper-sc-6y7u8i-0 cVbNmQ"><ul>${links(foot, 'footer__Item-sc-6y7u8i-1')}</ul><p>© 2026 Résumaker Ltd. All rights
reserved.</p></footer></div>
<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;overflow:hidden;clip:rect(0, 0, 0, 0)" aria-live="assertive"
aria-atomic="true"></div></div>
<div id="usercentrics-root" data-testid="uc-banner"><div class="uc-banner"><p>We use cookies and similar technologies to improve your
experience and measure our marketing.</p><button data-testid="uc-deny-all-button">Deny</button><button data-testid="uc-more-button">More
options</button><button data-testid="uc-accept-all-button">Accept all</button></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/resume-templates/graduate/";window.___webpackCompilationHash="a7c1e9f02b";/*]]>*/</script>
<script src="/app-5b1e2a7f9c.js" async></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-gatsby-resume-template-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...steps, ...tips, ...faq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Résumaker', ...nav, 'Create my resume', ...swatches, 'Free template · ATS-friendly', '4.7 out of 5 from 2,318 reviews', 'Use this template',
    'Download for Word', 'Not sure what to write? Our editor suggests phrases for each section.', 'Try the editor free',
    'More templates you might like', ...more, 'See all 48 templates', 'Build your resume in 10 minutes', 'Get started', ...foot,
    '© 2026 Résumaker Ltd. All rights reserved.', 'We use cookies and similar technologies to improve your experience and measure our marketing.',
    'Deny', 'More options', 'Accept all',
  ],
};

export const HELDOUT305_F: readonly TestPage[] = [page];
