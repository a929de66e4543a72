import { links, type TestPage, texts } from './page-kit.js';
import { mayoOverview } from './pages-heldout133-d2.js';

/**
 * Held-out batch 133, file d: a WebMD health article (the header nav and search, the topic link above the title, the
 * "Written by" / "Medically Reviewed by" / read-time block, the "In this Article" jump list, ad slots with "Advertisement"
 * labels inside the body, an inline slideshow promo, a FAQ section with h3 questions, the hidden "Show Sources" block,
 * the newsletter box, the "Top doctors" and related-links rail, the footer and the OneTrust cookie banner) and, from file
 * d2, a Mayo Clinic disease overview.
 */
const title = 'Night Sweats: What Causes Them and How to Stop Them';
const nav = ['Conditions', 'Drugs & Supplements', 'Well-Being', 'Symptom Checker', 'Find a Doctor', 'Subscribe'];
const writtenBy = 'Written by Colleen Brady';
const reviewed = 'Medically Reviewed by Priya Raman, MD on January 14, 2025';
const readTime = '6 min read';
const sections: readonly (readonly [string, readonly string[], (readonly string[])?])[] = [
  [
    'What Are Night Sweats?',
    [
      `Night sweats are episodes of heavy sweating during sleep that soak your pajamas or sheets, even when your bedroom isn’t too warm. They’re
different from simply feeling hot under a thick comforter. With true night sweats, you may wake up drenched and need to change your clothes
before you can get back to sleep.`,
      'Occasional night sweats are common and usually harmless. But if they happen often, keep you from sleeping, or come with other symptoms, it’s worth' +
        ' finding out why.',
    ],
  ],
  [
    'Common Causes of Night Sweats',
    [
      'Many different things can make you sweat at night. Some of the most common include:',
      '<strong>Menopause.</strong> Hot flashes that happen at night are one of the best-known causes. They can start years before your last period.',
      '<strong>Medications.</strong> Some antidepressants, diabetes medicines, hormone treatments, and fever reducers list night sweats as a side effect.',
      '<strong>Infections.</strong> Illnesses that cause a fever, from the flu to more serious infections, can lead to sweating as your temperature drops.',
      '<strong>Low blood sugar.</strong> People who take insulin or certain diabetes pills may sweat at night if their blood sugar falls too low.',
      '<strong>Anxiety and stress.</strong> Your body’s stress response can trigger sweating, even while you sleep.',
    ],
    ['list'],
  ],
  [
    'Less Common Causes',
    [
      `In a small number of people, night sweats can be a sign of a condition that needs treatment, such as an overactive thyroid, sleep apnea, or
some kinds of cancer. These are more likely if the sweats come with a fever, weight loss you can’t explain, or swollen glands.`,
    ],
  ],
  [
    'How to Stop Night Sweats',
    [
      'If a health condition isn’t to blame, a few changes to your bedroom and routine may help:',
      'Keep your bedroom cool, around 65 F, and use a fan.',
      'Choose light, breathable sheets and sleepwear made from cotton or moisture-wicking fabric.',
      'Avoid alcohol, spicy food, and caffeine in the hours before bed.',
      'Keep a cold glass of water by the bed.',
      'If a medicine seems to be the cause, ask your doctor whether you can change the dose or switch to another drug. Don’t stop taking it on your own.',
    ],
    ['list'],
  ],
  [
    'When to See a Doctor',
    [
      `Call your doctor if night sweats happen regularly, wake you up, or come with a fever, a cough that won’t go away, diarrhea, or weight loss.
Your doctor will ask about your health history and medications and may order blood tests to check your thyroid, blood sugar, and for signs of
infection.`,
    ],
  ],
  [
    'Takeaways',
    [
      `Night sweats are usually caused by something harmless, like a warm room, menopause, or a medication. A few changes to your sleeping
environment can often make a big difference. If they keep happening or you have other symptoms, talk to your doctor.`,
    ],
  ],
];
const faq: readonly (readonly [string, string])[] = [
  ['Are night sweats a sign of something serious?', 'Usually not. But talk to your doctor if they happen often or come with fever or weight loss.'],
  ['Can anxiety cause night sweats?', 'Yes. Stress and anxiety can set off your body’s sweat response, even while you’re asleep.'],
];
const faqHead = 'Night Sweats FAQs';
const tocTitle = 'In this Article';
const promo = ['SLIDESHOW', 'Sleep Disorders: Types, Causes, and Tips for Better Rest'];
const sources = [
  'Photo Credit: E+ / Getty Images',
  'SOURCES:',
  'Northfield Sleep Institute: "Night Sweats and Sleep Quality."',
  'Journal of Clinical Thermoregulation: "Nocturnal hyperhidrosis in primary care."',
  'American Menopause Council: "Hot Flashes and Night Sweats."',
];
const newsletter = [
  'Get the WebMD Sleep Newsletter',
  'Tips for better sleep, delivered to your inbox.',
  'Subscribe',
  'By clicking Subscribe, I agree to the WebMD Terms & Conditions & Privacy Policy and understand that I may opt out of WebMD subscriptions at any time.',
];
const doctors = ['Top doctors in Columbus, OH', 'Find more top doctors on', 'Search'];
const related = ['Related Links', 'Sleep Apnea', 'Hot Flashes', 'Insomnia', 'Overactive Thyroid', 'Sleep Disorders Health Center'];
const footGroups: readonly (readonly [string, readonly string[]])[] = [
  ['WebMD Network', ['Medscape', 'MedicineNet', 'eMedicineHealth', 'RxList', 'OnHealth', 'WebMDRx']],
  ['Policies', ['Privacy Policy', 'Cookie Policy', 'Editorial Policy', 'Advertising Policy', 'Correction Policy', 'Terms of Use']],
  ['About', ['Contact Us', 'About WebMD', 'Careers', 'Newsletters', 'Corporate', 'Site Map', 'Accessibility']],
  ['For Advertisers', ['Advertise with Us', 'Advertising Policy']],
];
const footMisc = [
  'Follow WebMD on Social Media',
  'Download WebMD App',
  '© 2005 - 2025 WebMD LLC, an Internet Brands company. All rights reserved.',
  'WebMD does not provide medical advice, diagnosis or treatment. See additional information.',
];
const cookie =
  'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. We also share information about ' +
  'your use of our site with our social media, advertising and analytics partners.';
const ad = (n: number): string => `<div class="ad-container ad-container-inarticle" data-ad-pos="${2020 + n}"><div class="ad-label">Advertisement</div>
<div id="ads2-pos-${2020 + n}-ad-banner" class="ad-slot ad-slot-box" data-ad-size="300x250,728x90"></div></div>`;
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const sectionHtml = ([h, paras, kind]: (typeof sections)[number], i: number): string => {
  const body = kind
    ? `<p>${paras[0]}</p>\n<ul>${paras
        .slice(1)
        .map((t) => `<li>${t}</li>`)
        .join('\n')}</ul>`
    : paras.map((t) => `<p>${t}</p>`).join('\n');
  return `<section id="section-${i + 1}"><h2 id="${i + 1}-${slug(h)}">${h}</h2>\n${body}</section>`;
};
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Find out what causes night sweats, simple ways to stop them, and when they could be a sign of a health problem.">
<link rel="canonical" href="https://www.webmd.com/sleep-disorders/night-sweats-causes"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="WebMD"><meta name="robots" content="max-image-preview:large">
<script>window.s_sponsor_program='';window.s_business_reference='Sleep Disorders';var s_topic='5124',s_package_type='article',s_pagetype='article',
s_editorial_content_id='091e9c5e823c7f1a',s_publication_date='01/14/2025';window.__webmdAds={enabled:true,pageSegVars:{pt:'5124',art:'091e9c5e823c7f1a'}};
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${title}","headline":"${title}",
"author":[{"@type":"Person","name":"Colleen Brady"}],"reviewedBy":{"@type":"Person","name":"Priya Raman, MD"},"lastReviewed":"2025-01-14",
"publisher":{"@type":"Organization","name":"WebMD","logo":{"@type":"ImageObject","url":"https://img.webmd.com/logo.png"}},"datePublished":"2021-06-02",
"dateModified":"2025-01-14"}</script>
<link rel="stylesheet" href="https://css.webmd.com/dtmcms/live/webmd/consumer_assets/site_images/css/article-page.min.css">
<script src="https://www.webmd.com/static/js/webmd.core.min.js" defer></script><script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"
async></script>
</head><body class="article-page webmd-responsive two-col" data-template="article">
<div id="ContentPane1"><header class="header-wrapper" role="banner"><div class="header"><a class="logo-link" href="https://www.webmd.com/"
aria-label="WebMD home"><svg class="logo" width="120" height="28"><use xlink:href="#webmd-logo"></use></svg></a>
<nav class="global-nav" aria-label="Main"><ul class="nav-list">${links(nav, 'nav-item')}</ul></nav>
<form class="search-form" action="https://www.webmd.com/search" role="search"><input type="text" name="query" placeholder="Search" aria-label="Search">
<button type="submit" class="search-btn" aria-label="Submit search"></button></form></div></header>
<div class="ad-container ad-container-top"><div class="ad-label">Advertisement</div><div id="ads2-pos-101-ad-banner" class="ad-slot"
data-ad-size="728x90"></div></div>
</div>
<main id="ContentPane2" class="main-content"><div class="article-page-wrapper"><article class="article">
<div class="article-topic"><a class="article-topic-link" href="https://www.webmd.com/sleep-disorders/default.htm">Sleep Disorders</a></div>
<header class="article__header"><h1>${title}</h1><div class="article-info"><div class="written-by">Written by <a
href="https://www.webmd.com/colleen-brady">Colleen Brady</a></div><div class="reviewer-txt">Medically Reviewed by <a class="reviewer-link"
href="https://www.webmd.com/priya-raman-md">Priya Raman, MD</a> on January 14, 2025</div><div class="read-time">6 min read</div></div></header>
<nav class="toc-wrapper" aria-label="${tocTitle}"><h2 class="toc-title">${tocTitle}</h2><ul class="toc-list">${[...sections.map(([h]) => h), faqHead]
  .map((h, i) => `<li class="toc-item"><a href="#${i + 1}-${slug(h)}" data-toc-index="${i + 1}">${h}</a></li>`)
  .join('')}</ul><button class="toc-view-all">View All</button></nav>
<div class="article-body" data-page="1">
${sectionHtml(sections[0] as (typeof sections)[number], 0)}
${ad(1)}
${sectionHtml(sections[1] as (typeof sections)[number], 1)}
<div class="inline-promo inline-slideshow"><a href="https://www.webmd.com/sleep-disorders/ss/slideshow-sleep-disorders"><span
class="inline-promo-label">${promo[0]}</span>
<span class="inline-promo-title">${promo[1]}</span></a></div>
${sections
  .slice(2, 4)
  .map((s, i) => sectionHtml(s, i + 2))
  .join('\n')}
${ad(2)}
${sections
  .slice(4)
  .map((s, i) => sectionHtml(s, i + 4))
  .join('\n')}
<section id="section-7"><h2 id="7-${slug(faqHead)}">${faqHead}</h2>
${faq.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}</section></div>
<div class="sources-section"><button class="sources-toggle" aria-expanded="false">Show Sources</button><div class="sources-content" style="display:none">
${sources.map((s) => `<p>${s}</p>`).join('\n')}</div></div>
<div class="newsletter-signup" data-newsletter="sleep"><h3 class="newsletter-title">${newsletter[0]}</h3><p class="newsletter-desc">${newsletter[1]}</p>
<form class="newsletter-form"><input type="email" placeholder="Enter Email" aria-label="Email"><button type="submit"
class="newsletter-btn">${newsletter[2]}</button>
</form><p class="newsletter-legal">By clicking Subscribe, I agree to the WebMD <a
href="https://www.webmd.com/about-webmd-policies/about-terms-and-conditions-of-use">Terms
&amp; Conditions</a> &amp; <a href="https://www.webmd.com/about-webmd-policies/about-privacy-policy">Privacy Policy</a> and understand that I may opt out of
WebMD
subscriptions at any time.</p></div></article>
<aside class="right-rail" role="complementary"><div class="ad-container ad-container-rail"><div class="ad-label">Advertisement</div>
<div id="ads2-pos-5000-ad-banner" class="ad-slot" data-ad-size="300x600"></div></div><div class="top-doctors-widget"><h3 class="widget-title">${doctors[0]}</h3>
<p class="widget-sub">${doctors[1]} <a href="https://doctor.webmd.com/">WebMD Care</a></p><form><input placeholder="Specialty" aria-label="Specialty">
<button type="submit">${doctors[2]}</button></form></div>
<div class="related-links"><h3 class="related-links__title">${related[0]}</h3><ul>${links(related.slice(1), 'related-links__item')}</ul></div></aside>
</div></main>
<footer class="footer" role="contentinfo"><div class="footer-links">${footGroups
  .map(([h, items]) => `<div class="footer-col"><h4 class="footer-col-title">${h}</h4><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><div class="footer-social"><p>${footMisc[0]}</p><p>${footMisc[1]}</p></div>
<div class="footer-copyright"><p>${footMisc[2]}</p><p>WebMD does not provide medical advice, diagnosis or treatment. <a
href="https://www.webmd.com/about-webmd-policies/about-terms-and-conditions-of-use">See additional information</a>.</p></div></footer>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo"
tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div
id="onetrust-policy-text">${cookie}
<a class="ot-cookie-policy-link" href="https://www.webmd.com/about-webmd-policies/cookie-policy"
aria-label="More information about your privacy, opens in a new tab"
rel="noopener" target="_blank">Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button>
</div></div></div></div></div></div></div>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6f1c3f3e-1c2a-4c1a-9d1e-webmd" async></script>
</body></html>`;
const webmd: TestPage = {
  name: 'heldout133-webmd-health-article',
  kind: 'wiki',
  html,
  // the "In this Article" list repeats the headings and is left out (its title and "View All" are furniture); the topic link,
  // the slideshow promo, ad labels, hidden sources, newsletter, rail, footer and cookie banner are furniture
  title,
  headings: [...sections.map(([h]) => h), faqHead, ...faq.map(([q]) => q)],
  body: texts([...sections.flatMap(([, p]) => p), ...faq.map(([, a]) => a)]),
  bylines: [writtenBy, reviewed, readTime],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Search', 'Advertisement', 'Sleep Disorders', tocTitle, 'View All', ...promo, 'Show Sources', ...sources, ...newsletter, ...doctors,
    'WebMD Care', ...related, ...footGroups.flatMap(([h, items]) => [h, ...items]), ...footMisc, cookie, 'Cookie Policy', 'Cookie Settings',
    'Accept All Cookies',
  ])],
};

export const HELDOUT133_D: readonly TestPage[] = [webmd, mayoOverview];
