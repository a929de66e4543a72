import { links, type TestPage, texts } from './page-kit.js';
import { spiegelStory } from './pages-heldout32-c2.js';

/**
 * Held-out batch 32, file c: a Vox explainer on Vox Media's Chorus "Duet" front end (hashed class names, the site nav with
 * "Become a Member", the topic kicker, hed and dek, the byline with a hidden author card and the "Updated" date, share
 * buttons, the lead image caption and credit, body paragraphs with a bulleted list and h2 questions, an inline "Related"
 * link box, the reader-support ask, the "See More" topic links, the "Today, Explained" newsletter box with its reCAPTCHA line,
 * "Most Popular", the footer and JSON-LD).
 */
const vxTitle = 'Should we stop changing the clocks? The fight over permanent standard time, explained';
const vxDek = 'Nearly everyone hates switching the clocks twice a year. Almost nobody agrees on what to do instead.';
const vxH = ['What would actually change?', 'Why sleep researchers prefer standard time', 'So why hasn’t anything happened?'];
const vxBody1 = [
  'Every March, a chorus of complaints rises as Americans lose an hour of sleep, and every November a smaller one follows as the ' +
    'sun starts setting before most people leave work. Polls consistently find that around two-thirds of Americans would like to ' +
    'stop changing the clocks. The disagreement is over which time to keep.',
  'Most of the bills introduced in state legislatures over the past decade would make daylight saving time permanent, keeping ' +
    'the later sunsets of summer all year. But a growing coalition of doctors and sleep scientists argues that this is exactly the ' +
    'wrong choice, and that the country should lock in standard time instead.',
];
const vxBody2 = [
  'The difference is about where the daylight goes. In winter, there are only so many hours of it, and the clock just decides ' +
    'whether they come earlier or later. Under permanent standard time, in a city like Indianapolis:',
];
const vxList = [
  'Winter sunrises would come around 8 am instead of after 9 am.',
  'Winter sunsets would come around 5:30 pm instead of 6:30 pm.',
  'Summer sunrises would move to about 5:15 am, and summer evenings would lose an hour of light.',
];
const vxBody3 = [
  'Under permanent daylight saving time, the summer would look the way it does now, but on the shortest days of the year many ' +
    'children in the western part of each time zone would walk to school in the dark.',
];
const vxBody4 = [
  'Our bodies set their internal clocks mainly by morning light, explains Dana Whitcombe, a chronobiologist at Northfield ' +
    'University. When the sun comes up later relative to our alarm clocks, our biological night stretches into the working day. ' +
    '“You end up with a whole population that is slightly jet-lagged all winter,” she says.',
  'Whitcombe and her colleagues point to studies of people living on the western edges of time zones, where the sun rises and sets ' +
    'later by the clock. Those residents, on average, sleep less and report more fatigue than people on the eastern edges. The ' +
    'effect is small for any one person, but it adds up across millions.',
];
const vxBody5 = [
  'Federal law lets states opt out of daylight saving time and stay on standard time all year, as Arizona and Hawaii do. It does ' +
    'not let them adopt daylight saving time permanently. That is why the states that have voted for permanent daylight saving ' +
    'time have made it contingent on Congress changing the law, which it has not done.',
  'Lawmakers have been reluctant to pick a side, partly because the business lobbies that favor later evenings, including golf ' +
    'courses and retailers, are better organized than the sleep researchers. The last time the country tried year-round daylight ' +
    'saving time, in 1974, it was repealed within a year after dark winter mornings proved unpopular.',
  'For now, the clocks will keep changing. The next switch is on March 8.',
];
const vxRelated = 'The surprising science of why Mondays feel so bad';
const vxAsk = [
  'Understanding America’s political and public health debates takes work. We rely on readers like you to keep our explanatory ' +
    'journalism free for everyone.',
  'Will you support our work and become a Vox Member today?',
];
const vxNav = ['Explainers', 'Politics', 'Culture', 'Advice', 'Listen', 'Podcasts', 'Video', 'Newsletters'];
const vxSee = ['Health', 'Science', 'Policy', 'Life'];
const vxPopular = [
  'The hidden cost of free returns',
  'What a decade of tiny homes taught us about housing',
  'Why your grocery bill is still so high',
  'The quiet comeback of the landline',
];
const vxFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility'];
const vxFoot2 = ['Platform Status', 'Contact', 'Send Us a Tip', 'Masthead', 'About Us', 'Editorial Ethics and Guidelines'];
const vxBio = 'Noor Siddiqui is a senior correspondent at Vox covering health, science, and the research that shapes public policy.';
const vxP = (t: string): string =>
  `<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrix0 _1agbrix7">${t}</p>`;
const vxHead = (t: string): string => `<h2 class="duet--article--dangerously-set-cms-markup _1agbrix5 _1agbrix0">${t}</h2>`;
const vxHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vxTitle} | Vox</title>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vxTitle}","description":"${vxDek}",
"author":[{"@type":"Person","name":"Noor Siddiqui"}],"datePublished":"2026-01-27T12:00:00.000Z","publisher":{"@type":"Organization","name":"Vox"}}]</script>
</head><body><div id="__next"><header class="duet--navigation--navigation _1ymtmqp0"><a href="/" aria-label="Vox homepage"><svg></svg></a>
<nav aria-label="Vox navigation"><ul>${links(vxNav, '_1ymtmqp4')}</ul></nav>
<a class="_1ymtmqp9" href="/support">Become a Member</a><button aria-label="Search">Search</button></header>
<main id="content"><article class="duet--article--article _1agbrix1">
<div class="duet--article--article-header"><a class="_1xwtict2" href="/health">Health</a>
<h1 class="_1xwtict9 _1xwtict0">${vxTitle}</h1><p class="_1xwtictb _1xwtict0">${vxDek}</p>
<div class="duet--article--byline _1xwtictf"><span>by <a href="/authors/noor-siddiqui">Noor Siddiqui</a></span>
<div class="duet--cta--author-card" hidden><p>${vxBio}</p></div>
<span class="_1xwtictj">Updated <time datetime="2026-01-27T12:00:00+00:00">Jan 27, 2026, 7:00 AM EST</time></span></div>
<div class="duet--article--share-buttons" aria-label="Share this story"><a href="#">Facebook</a><a href="#">Threads</a><a href="#">Bluesky</a>
<button>Copy link</button></div></div>
<figure class="duet--article--lede-image"><img alt="" src="https://platform.vox.com/wp-content/uploads/sites/2/2026/01/clocks.jpg">
<figcaption class="_1xwtictn">An alarm clock on a nightstand at dawn. <span class="_1xwticto">Getty Images/iStockphoto</span></figcaption></figure>
<div class="duet--layout--entry-body-container"><div class="duet--article--article-body-component">
${vxBody1.map(vxP).join('\n')}
${vxHead(vxH[0] ?? '')}
${vxBody2.map(vxP).join('\n')}
<ul class="duet--article--dangerously-set-cms-markup _1agbrixb">${vxList.map((t) => `<li>${t}</li>`).join('')}</ul>
${vxBody3.map(vxP).join('\n')}
<div class="duet--article--related-link _1agbrixd"><span>Related</span><a href="/health/2025/09/why-mondays-feel-bad">${vxRelated}</a></div>
${vxHead(vxH[1] ?? '')}
${vxBody4.map(vxP).join('\n')}
<div class="duet--cta--membership-ask _1b0y7pu0"><p class="_1b0y7pu2">${vxAsk[0]}</p><p class="_1b0y7pu3">${vxAsk[1]}</p>
<a class="_1b0y7pu5" href="/support">Join now</a></div>
${vxHead(vxH[2] ?? '')}
${vxBody5.map(vxP).join('\n')}
</div></div><div class="duet--article--topics"><span>See More:</span><ul>${links(vxSee)}</ul></div></article>
<aside class="duet--cta--newsletter _1wc8aw70"><h2>Today, Explained</h2><p>Understand the world with a daily explainer plus the most
compelling stories of the day.</p><label for="nl-email">Email (required)</label><input id="nl-email" type="email"><button>Sign Up</button>
<p class="_1wc8aw75">By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google
Privacy Policy and Terms of Service apply.</p></aside>
<aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vxPopular)}</ol></aside></main>
<footer class="duet--navigation--footer"><ul>${links(vxFoot)}</ul><ul>${links(vxFoot2)}</ul>
<p>© 2026 Vox Media, LLC. All Rights Reserved</p></footer></div></body></html>`;
const voxExplainer: TestPage = {
  html: vxHtml,
  name: 'heldout32-vox-explainer',
  kind: 'news',
  // the dek, the paragraphs and the three list items are body, the three h2 questions the headings; the byline name, the
  // "Updated" date and the hidden author card are bylines ("by", "Updated" in neither); the kicker, share buttons, lead caption
  // and credit, the inline "Related" box (a link to another story), the membership ask, "See More:" and its topics, the
  // newsletter box, "Most Popular", nav and footer are furniture; the nav's "Politics" and "Listen" are kept, its "Explainers"
  // too (the title says "explained", not "explainers"); "Policy" (a topic link) and "Science" are words of the body: left out
  title: vxTitle,
  headings: vxH,
  body: [vxDek, ...texts(vxBody1), ...texts(vxBody2), ...vxList, ...texts(vxBody3), ...texts(vxBody4), ...texts(vxBody5)],
  bylines: ['Noor Siddiqui', 'Jan 27, 2026, 7:00 AM EST', vxBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vxNav, 'Become a Member', 'Search', 'Health', 'Facebook', 'Threads', 'Bluesky', 'Copy link', 'An alarm clock on a nightstand at dawn.',
    'Getty Images/iStockphoto', 'Related', vxRelated, ...vxAsk, 'Join now', 'See More:', 'Life', 'Today, Explained',
    'Understand the world with a daily explainer plus the most compelling stories of the day.', 'Email (required)', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'Most Popular', ...vxPopular, ...vxFoot, ...vxFoot2, '© 2026 Vox Media, LLC. All Rights Reserved',
  ],
};

export const HELDOUT32_C: readonly TestPage[] = [voxExplainer, spiegelStory];
