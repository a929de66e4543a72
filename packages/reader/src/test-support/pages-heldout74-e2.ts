import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page e2: a ProPublica shape investigation ("Open Ledger"): the donate-first header, the nonprofit
 * newsletter notice above the story, the series label, headline, dek, the two-newsroom byline and time, share, copy and
 * republish buttons, the lead photo credit, the partnership note in italics at the top of the article text, an inline
 * newsletter sign-up and a "Do you have information about ...?" contact box between paragraphs, the reporters' bios, the
 * donate appeal, "Filed under", "More in this series", "Latest Stories", and the footer.
 */
export const series = ['Series:', 'Tested and Trusted'];
export const title = 'State Regulators Let Dozens of Small Water Systems Skip Lead Tests for Years';
export const dek =
  'Records show the state’s environmental agency granted testing waivers to rural water systems ' + 'that had never proved their pipes were safe.';
export const blocks: readonly Block[] = [
  [
    'p',
    'For nine years, the water system that serves the 1,400 residents of Millbrook, in rural Carver County, did not test a single tap ' +
      'for lead. Nobody told the people who drank the water.',
  ],
  [
    'p',
    'The state Department of Environmental Quality had given the system a waiver in 2015, excusing it from the sampling that federal rules ' +
      'require of most utilities every three years. The waiver was meant for systems with a long record of clean results. Millbrook had ' +
      'none: its last lead samples, taken in 2013, were never entered into the state’s database.',
  ],
  [
    'p',
    'Millbrook was not alone. An Open Ledger and Valley Courier analysis of state records found that the department granted waivers to 61 ' +
      'small water systems between 2014 and 2023 without the results that the agency’s own guidance says are required. At least 19 of those ' +
      'systems later found lead above the federal action level once testing resumed.',
  ],
  ['h2', '“We assumed someone had checked”'],
  [
    'p',
    'Small systems serve a large share of rural residents. Many are run by a part-time operator or a volunteer board and depend on the ' +
      'state for technical help. Federal law allows states to reduce how often such systems sample for lead, but only if earlier tests show ' +
      'the water is consistently safe.',
  ],
  [
    'p',
    'Former department employees told reporters that waivers were routinely approved in bulk to ease a backlog. “The forms came in, we ' +
      'signed them,” said one former compliance officer, who asked not to be named because she still works in the field. “We assumed ' +
      'someone had checked the sampling history. In a lot of cases, nobody had.”',
  ],
  [
    'p',
    'Internal emails obtained through public records requests show that a supervisor raised concerns in 2018, writing that the agency ' +
      'was “approving reduced monitoring on systems with no data at all.” The practice continued for five more years.',
  ],
  [
    'p',
    'In a written statement, department spokesperson Alan Reddick said the agency “takes its responsibility to protect drinking water ' +
      'seriously” and had revoked all waivers that lacked supporting data after reporters asked about them in August. He did not answer ' +
      'questions about why the waivers had been granted.',
  ],
  ['h2', 'A child’s blood test'],
  [
    'p',
    'In Millbrook, the problem came to light only because of a routine checkup. In March 2024, a pediatrician found an elevated level of ' +
      'lead in the blood of 2-year-old Mason Pruitt. County health workers tested the family’s tap and found lead at more than twice the ' +
      'federal action level.',
  ],
  [
    'p',
    '“I had been mixing his formula with that water since he was born,” said his mother, Kayla Pruitt. “I called the water office, and ' +
      'they told me they didn’t even know which houses had lead pipes.”',
  ],
  [
    'p',
    'When the system resumed sampling that summer, 7 of 20 homes tested above the action level. The state ordered Millbrook to add a ' +
      'corrosion-control chemical and to hand out filters, and it has since begun replacing lead service lines with federal infrastructure money.',
  ],
  ['h2', 'What happens now'],
  [
    'p',
    'Federal rules finalized last year will require most utilities to replace lead pipes within a decade and will tighten the conditions ' +
      'for reduced testing. Experts said the state’s lapses show that the rules depend on regulators enforcing them.',
  ],
  [
    'p',
    '“A waiver is a reward for good data,” said Dr. Lorraine Okonkwo, an environmental engineer who advises small utilities. “If you hand ' +
      'it out without the data, you have turned off the alarm before anyone knows whether there is a fire.”',
  ],
  [
    'p',
    'Two state legislators have called for a hearing on the department’s oversight of small systems. Pruitt said she wants something ' +
      'simpler: a list of every house in Millbrook with a lead pipe, made public. “People deserve to know what is coming out of their tap,” ' +
      'she said.',
  ],
];
export const skip = 'Skip to content';
export const header = ['Open Ledger', 'Donate', 'Search', 'Newsletters'];
export const nav = ['Investigations', 'Local Reporting Network', 'Data', 'Series', 'About'];
export const notice =
  'Open Ledger is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.';
export const bylineParts = ['by', 'Marisa Delgado', 'Open Ledger, and', 'Trent Holloway', 'Valley Courier'];
export const time = 'Nov. 12, 2025, 5 a.m. EST';
export const tools = ['Share', 'Copy link', 'Republish', 'Republish This Story for Free'];
export const credit = 'Kayla Pruitt with her son Mason at their home in Millbrook. Credit: Jenna Ruiz for Open Ledger';
export const partnership =
  'This article was produced for Open Ledger’s Local Reporting Network in partnership with the Valley Courier. Sign up for Dispatches to ' +
  'get stories like this one as soon as they are published.';
export const newsletter = [
  'Get Our Top Investigations',
  'Subscribe to the Big Story newsletter.',
  'Email address',
  'Sign Up',
  'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
];
export const tip = [
  'Do you have information about drinking water testing in your community that we should know?',
  'Email Marisa Delgado at [email protected] or reach her on Signal at 555-014-2271.',
  'Here’s how to send tips and documents to Open Ledger securely.',
];
export const bios = [
  'Marisa Delgado is a reporter for Open Ledger covering environmental health in the rural Midwest.',
  'Trent Holloway is a reporter at the Valley Courier covering Carver County and state government.',
];
export const donate = [
  'Journalism that holds the powerful to account takes time and money.',
  'Open Ledger is a nonprofit. Your gift helps us keep investigating — and keep every story free.',
  'Donate Now',
];
export const filed = ['Filed under —', 'Environment', 'Health Care', 'Local Reporting Network'];
export const more = ['More in this series', 'The Pipes Under Millbrook', 'How We Analyzed Water Testing Waivers'];
export const latest = [
  'Latest Stories from Open Ledger',
  'Hospital Chain Sued Thousands of Patients Over Unpaid Bills',
  'The Prison Phone Contract No One Could See',
];
export const footer = ['About Us', 'Staff', 'Jobs', 'Contact', 'Steal Our Stories', 'Privacy Policy', 'Code of Ethics'];
export const copyright = '© Copyright 2025 Open Ledger Inc.';

const signup = `<div class="newsletter-in-content" data-pp-location="in-content"><h3 class="nl-hed">${newsletter[0]}</h3>
<p class="nl-dek">${newsletter[1]}</p><form class="nl-form" action="/newsletters/subscribe"><label for="nl-email-1">${newsletter[2]}</label>
<input id="nl-email-1" type="email" name="email"><button type="submit">${newsletter[3]}</button></form><p class="nl-legal">${newsletter[4]}</p></div>`;
const tipBox = `<aside class="callout callout--tip" data-pp-blocktype="contact"><h3>${tip[0]}</h3><p>${tip[1]}</p>
<p><a href="/tips/">${tip[2]}</a></p></aside>`;

export const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${title} — Open Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}"><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta name="parsely-section" content="Environment"><meta name="parsely-author" content="Marisa Delgado">
<link rel="canonical" href="https://www.openledger.org/article/water-systems-lead-testing-waivers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T10:00:00Z",
"author":[{"@type":"Person","name":"Marisa Delgado"},{"@type":"Person","name":"Trent Holloway"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Open Ledger"}}</script>
<link rel="stylesheet" href="/dist/css/main.4e1a.css"></head>
<body class="article-template"><a class="skip-link" href="#main">${skip}</a>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><span class="visually-hidden">${header[0]}</span>
<svg viewBox="0 0 200 30"><use href="#logo"></use></svg></a><nav class="site-nav" aria-label="Main"><ul>${links(nav, 'site-nav__item')}</ul></nav>
<div class="site-header__actions"><a class="btn btn--donate" href="/donate">${header[1]}</a><button class="btn btn--search">${header[2]}</button>
<a class="btn btn--newsletters" href="/newsletters">${header[3]}</a></div></div></header>
<div class="bug-newsletter" role="complementary"><p>${notice}</p></div>
<main id="main"><article class="article" id="article"><header class="article-header">
<div class="series-label"><span class="series-label__kicker">${series[0]}</span> <a href="/series/tested-and-trusted">${series[1]}</a></div>
<h1 class="hed">${title}</h1><p class="dek">${dek}</p>
<div class="story-meta"><p class="byline">${bylineParts[0]} <a class="name" href="/people/marisa-delgado">${bylineParts[1]}</a>, ${bylineParts[2]}
<a class="name" href="#">${bylineParts[3]}</a>, ${bylineParts[4]}</p>
<time class="timestamp" datetime="2025-11-12T10:00:00Z">${time}</time></div>
<div class="story-tools"><button class="story-tools__share">${tools[0]}</button><button class="story-tools__copy">${tools[1]}</button>
<button class="story-tools__republish" data-modal="republish" aria-label="${tools[3]}"><span>${tools[2]}</span></button></div></header>
<figure class="lead-art"><img src="/images/articles/millbrook-pruitt.jpg" alt="A mother holds her son in a kitchen.">
<figcaption><span class="credit">${credit}</span>
</figcaption></figure>
<div class="article-body" itemprop="articleBody"><div class="notes"><p><em>${partnership}</em></p></div>
${render(blocks, {}, { 4: signup, 9: tipBox })}
</div>
<div class="article-footer"><div class="bios">${bios.map((b) => `<div class="bio"><p>${b}</p></div>`).join('')}</div>
<div class="donate-appeal"><p class="donate-appeal__hed">${donate[0]}</p><p>${donate[1]}</p><a class="btn" href="/donate?source=article">${donate[2]}</a></div>
<div class="tags"><span class="tags__label">${filed[0]}</span><ul>${links(filed.slice(1), 'tags__item')}</ul></div></div></article>
<aside class="more-in-series"><h2>${more[0]}</h2><ul>${links(more.slice(1), 'series-item')}</ul></aside>
<section class="latest-stories"><h2>${latest[0]}</h2><ul>${links(latest.slice(1), 'story-card')}</ul></section>
<div class="republish-modal" hidden><h2>${tools[3]}</h2><p>Creative Commons License (CC BY-NC-ND 3.0)</p></div></main>
<footer class="site-footer"><ul>${links(footer, 'site-footer__item')}</ul><p class="site-footer__copyright">${copyright}</p></footer>
<script src="/dist/js/main.4e1a.js" defer></script></body></html>`;
