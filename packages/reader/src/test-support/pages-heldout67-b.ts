import { links, type TestPage, texts } from './page-kit.js';
import { hugoPost } from './pages-heldout67-b2.js';

/**
 * Held-out batch 67, file b: a news story on a tech news site (a Next.js page with hashed "duet--" component classes: the
 * top bar and section nav, the topic pills with hidden follow hints, the headline and dek, the byline with its time and the
 * comment count, the affiliate disclosure, the lead image with its caption and credit, an italic update line, the story with
 * two h2 sections and an ordered list of steps, the "Follow topics and authors" box, the "Most Popular" rail, the newsletter
 * box with its reCAPTCHA small print, the ad slots and the footer).
 */
const tnTitle = 'A bad firmware update bricked thousands of Kelvo thermostats — and the fix involves a paperclip';
const tnDek = 'The company says a corrupted update pushed on Tuesday night left about 38,000 Halo thermostats stuck on a boot screen.';
const tnUpdate = '<em>Update, November 14th, 3:10PM ET: Added a statement from Kelvo and instructions for the manual reset.</em>';
const tnBody1 = [
  'Owners of Kelvo’s Halo smart thermostats woke up on Wednesday to cold houses and a screen that showed nothing but a spinning orange ' +
    'ring. By the afternoon, the company’s <a href="https://community.kelvo.example/">support forum</a> had more than 1,200 posts from ' +
    'people whose thermostats had stopped responding to the app, the touch ring or anything else.',
  'Kelvo confirmed to <em>The Circuit</em> that a firmware update released late on Tuesday, version 4.18.2, was “corrupted during ' +
    'packaging” and installed on roughly 38,000 devices before the rollout was halted. The company says the Halo Mini and the older Halo 2 ' +
    'were not affected.',
  '“We take full responsibility for this,” Kelvo spokesperson Nadia Brennan said in an emailed statement. “We are contacting every ' +
    'affected customer directly and will cover the cost of an electrician for anyone who cannot complete the reset themselves.”',
];
const tnH1 = 'What went wrong';
const tnBody2 = [
  'According to <a href="https://dev.kelvo.example/t/halo-4-18-2-postmortem/8812">a post from a Kelvo engineer</a> on the company’s ' +
    'developer forum, the update file was built with the wrong partition table, so the thermostat’s bootloader could not find the main ' +
    'system image after the device restarted. Because the Halo keeps only one copy of its firmware, it had nothing to fall back to.',
  'That design choice has drawn criticism. Most phones and many smart speakers use an A/B layout, keeping the previous system image on a ' +
    'second partition so that a failed update can be rolled back automatically. Kelvo says the Halo’s 64MB of flash storage was too small ' +
    'for that when the device launched in 2021.',
  'It is the second high-profile failure for the company this year. In March, <a href="/2025/3/9/kelvo-outage">a server outage</a> left ' +
    'Halo owners unable to change their schedules from the app for most of a weekend.',
];
const tnH2 = 'How to fix a stuck Halo';
const tnBody3 =
  'Kelvo has published a recovery tool that forces the thermostat into its factory bootloader, which can then download a working image ' +
  'over Wi-Fi. The process takes about 20 minutes:';
const tnSteps = [
  'Remove the Halo from its wall plate by pulling it straight toward you.',
  'Find the small pinhole on the back, just above the row of wiring terminals.',
  'While holding a straightened paperclip in the pinhole, reattach the thermostat to the wall plate and keep holding for ten seconds.',
  'Release when the ring turns blue, then open the Kelvo app and choose <strong>Recover device</strong> from the Help menu.',
];
const tnBody4 =
  'If the ring stays orange after three attempts, Kelvo says owners should contact support for a replacement unit, which it will ship free ' +
  'of charge. In the meantime, most systems can still be switched to heat or cool using the emergency switch on the furnace or air handler.';
const tnCap = 'The Halo’s orange boot ring, which many owners stared at for most of Wednesday.';
const tnNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy', 'Deals'];
const tnTopics = ['Smart Home', 'News', 'Tech'];
const tnFollowHint = 'Posts from this topic will be added to your daily email digest and your homepage feed.';
const tnPopular = [
  'The best e-readers to buy right now',
  'Valve’s new controller has a trackpad that finally makes sense',
  'Google is quietly killing another messaging app',
  'This $40 dongle fixed my terrible hotel Wi-Fi',
  'A bad firmware update bricked thousands of Kelvo thermostats',
];
const tnNews = [
  'Installer',
  'A weekly newsletter about the apps, gadgets and gear worth your time.',
  'Email (required)',
  'Sign Up',
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy ' +
    'and Terms of Service apply.',
];
const tnFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell Or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'Contact',
  'Tip Us',
  'Community Guidelines',
  'Ethics Statement',
  '© 2025 Circuit Media, LLC. All Rights Reserved',
];
const para = 'duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrix0 _1agbrix4 _1agbrix6';
const tnHtml = `<!DOCTYPE html><html lang="en-US" class="_1bj8uvs0"><head><meta charSet="utf-8"/>
<title>Kelvo Halo firmware update bricked thousands of thermostats | The Circuit</title>
<meta name="description" content="${tnDek}"/><meta property="og:site_name" content="The Circuit"/>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.thecircuit.example/news/kelvo-halo",
"headline":"A bad firmware update bricked thousands of Kelvo thermostats","datePublished":"2025-11-14T15:02:11.000Z",
"author":[{"@type":"Person","name":"Dev Chakraborty","url":"https://www.thecircuit.example/authors/dev-chakraborty"}]}]</script>
<style>._1agbrix0{font-family:var(--font-fkroman);font-size:1.1875rem;line-height:1.6}.duet--ad-slot{min-height:250px}</style>
<script>!function(){try{var t=localStorage.getItem("theme");document.documentElement.dataset.theme=t||"system"}catch(e){}}();</script>
</head><body><div id="__next">
<a class="_1ymtmqp0" href="#content">Skip to main content</a>
<div class="duet--navigation--navigation _1pmu0uj0"><div class="_1pmu0uj1"><a href="/" aria-label="The Circuit homepage" class="_1pmu0uj3">
<svg aria-hidden="true" viewBox="0 0 136 40"></svg><span class="_1ymtmqp0">The Circuit homepage</span></a>
<button type="button" aria-label="Open menu" class="_1pmu0uj6">Menu</button>
<nav aria-label="Primary" class="_1pmu0uj8"><ul>${links(tnNav, '_1pmu0uj9')}</ul></nav>
<a href="/subscribe" class="_1pmu0ujb">Subscribe</a><a href="/login" class="_1pmu0ujc">Sign in</a></div></div>
<div class="duet--ad-slot _11v6mct0" data-concert-ads-name="leaderboard"><div class="concert-ad-label">Advertiser Content</div></div>
<main id="content" class="_1bj8uvs2"><article class="duet--article--article-layout _1xwtict1" data-content-id="25771093">
<div class="duet--article--lede _1xwtict3"><ul class="duet--article--topic-pills _1n9pdsq0">
${tnTopics
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(' ', '-')}" class="_1n9pdsq2">${t}</a><span
class="_1ymtmqp0">${tnFollowHint}</span></li>`,
  )
  .join('')}
</ul><h1 class="duet--article--feature-headline _1xwtict9">${tnTitle}</h1>
<h2 class="duet--article--dek _1xwticta">${tnDek}</h2>
<div class="duet--article--byline _1xwtictc"><span class="_1xwtictd">by <a href="/authors/dev-chakraborty" class="_1xwticte">Dev Chakraborty</a></span>
<time datetime="2025-11-14T15:02:11.000Z" class="_1xwtictf">Nov 14, 2025, 10:02 AM EST</time>
<a href="#comments" class="duet--article--comments-link _1xwtictg"><svg aria-hidden="true"></svg><span>42</span>
<span class="_1ymtmqp0">Comments (42 New)</span></a></div>
<p class="duet--article--affiliate-disclosure _1xwticth">If you buy something from a Circuit link, Circuit Media may earn a commission.
<a href="/ethics-statement">See our ethics statement.</a></p>
<figure class="duet--article--lede-image _1xwtictj"><span class="_1xwtictk"><img alt="A round white thermostat showing an orange ring on a dark screen"
src="https://cdn.thecircuit.example/uploads/chorus_asset/file/25771102/halo_boot.jpg?quality=90&amp;strip=all&amp;w=2400" decoding="async"/></span>
<figcaption class="_1xwtictl"><span class="duet--media--caption">${tnCap}</span><cite class="duet--media--credit">Image:
Kelvo</cite></figcaption></figure></div>
<div class="duet--article--article-body-component-container _1xwtictm"><div class="duet--article--article-body-component">
<p class="${para}">${tnUpdate}</p></div>
${tnBody1.map((p) => `<div class="duet--article--article-body-component"><p class="${para}">${p}</p></div>`).join('\n')}
<div class="duet--ad-slot _11v6mct0" data-concert-ads-name="article_mid"><div class="concert-ad-label">Advertiser Content</div></div>
<div class="duet--article--article-body-component"><h2 class="duet--article--article-body-heading _1t4ns2u0">${tnH1}</h2></div>
${tnBody2.map((p) => `<div class="duet--article--article-body-component"><p class="${para}">${p}</p></div>`).join('\n')}
<div class="duet--article--article-body-component"><h2 class="duet--article--article-body-heading _1t4ns2u0">${tnH2}</h2></div>
<div class="duet--article--article-body-component"><p class="${para}">${tnBody3}</p></div>
<div class="duet--article--article-body-component"><ol class="duet--article--dangerously-set-cms-markup _1agbrix9">
${tnSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol></div>
<div class="duet--article--article-body-component"><p class="${para}">${tnBody4}</p></div></div>
<div class="duet--article--follow-box _9ce7x50"><p class="_9ce7x51">Follow topics and authors from this story to see more like this in your personalized
homepage feed and to receive email updates.</p><ul>
<li><button class="_9ce7x53" aria-label="Follow Dev Chakraborty">Dev Chakraborty</button><span class="_1ymtmqp0">Posts from this author will be added to
your daily email digest and your homepage feed.</span></li>
${tnTopics.map((t) => `<li><button class="_9ce7x53" aria-label="Follow ${t}">${t}</button><a href="/${t.toLowerCase()}">See All ${t}</a></li>`).join('\n')}
</ul></div>
<div id="comments" class="duet--article--comments-button _1orxda0"><button type="button">Comments</button></div></article>
<aside class="duet--layout--rail _1ndfvd0"><div class="duet--recirculation--most-popular"><h2 class="_17f9nb0">Most Popular</h2>
<ol>${tnPopular.map((t, i) => `<li><span class="_17f9nb3">${i + 1}</span><a href="/popular/${i}">${t}</a></li>`).join('\n')}</ol></div>
<div class="duet--newsletter--signup _1jbhcm0"><h2>${tnNews[0]}</h2><p>${tnNews[1]}</p><form><label for="nl-email">${tnNews[2]}</label>
<input id="nl-email" type="email"/><button type="submit">${tnNews[3]}</button></form><p class="_1jbhcm5">${tnNews[4]}</p></div>
<div class="duet--ad-slot _11v6mct0" data-concert-ads-name="rail"><div class="concert-ad-label">Advertiser Content</div></div></aside></main>
<footer class="duet--navigation--footer _1ikzrqb0"><a href="/" aria-label="The Circuit homepage"><svg viewBox="0 0 136 40"></svg></a>
<ul class="_1ikzrqb2">${links(tnFoot, '_1ikzrqb3')}</ul></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"StoryLayoutQuery"}]}}},"page":"/[...slugs]"}</script>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-CIRCUIT" height="0" width="0" style="display:none"></iframe></noscript>
</body></html>`;
const techNews: TestPage = {
  html: tnHtml,
  name: 'heldout67-tech-news',
  kind: 'news',
  // the dek (an h2 under the headline) and the italic update line are body (the update is the newsroom's own text on the story);
  // the two body h2s are the headings, the four steps are body; "Dev Chakraborty" (in the byline and again on the follow
  // button, kept once) and the time are bylines ("by" in neither); the topic pills with their hidden follow hints, the comment
  // count and its hidden label, the affiliate disclosure, caption and credit, ad labels, the follow box, "Comments", "Most
  // Popular" (its last entry repeats the headline: left out), the newsletter box, nav and footer are furniture; "Menu" and
  // "Contact" are body words (the steps' "Help menu", "contact support"): left out; the pill "Tech" is the nav's "Tech" (kept once)
  title: tnTitle,
  headings: [tnH1, tnH2],
  body: [tnDek, ...texts([tnUpdate]), ...texts(tnBody1), ...texts(tnBody2), tnBody3, ...texts(tnSteps), tnBody4],
  bylines: ['Dev Chakraborty', 'Nov 14, 2025, 10:02 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Circuit homepage', ...tnNav, 'Subscribe', 'Sign in', 'Advertiser Content', 'Smart Home', 'News', tnFollowHint,
    '42', 'Comments (42 New)', 'If you buy something from a Circuit link, Circuit Media may earn a commission.', 'See our ethics statement.', tnCap,
    'Image: Kelvo', 'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.',
    'Posts from this author will be added to your daily email digest and your homepage feed.', 'See All Smart Home', 'See All News', 'See All Tech',
    'Comments', 'Most Popular', ...tnPopular.slice(0, 4), ...tnNews, ...tnFoot.filter((t) => t !== 'Contact'),
  ],
};

export const HELDOUT67_B: readonly TestPage[] = [techNews, hugoPost];
