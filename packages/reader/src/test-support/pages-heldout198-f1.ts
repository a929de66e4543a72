import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 11: a Times of Malta story (Next.js template, read time, support box, newsletter box, Disqus comments note). */
const title = 'Residents object to Marsaskala yacht marina plans';
const p1 = [
  'More than 1,400 objections have been filed against plans for a 250-berth yacht marina in Marsaskala bay, with residents and ' +
    'environmental groups warning it would take over the last stretch of open water in the bay used by swimmers and fishermen.',
  'The application, filed by Xlokk Marine Developments Ltd, proposes floating pontoons across much of the inner bay, a breakwater ' +
    'at its mouth, a fuel station and a two-storey clubhouse with a restaurant on the Żonqor side.',
  'The objections were submitted before the public consultation period closed on Wednesday, according to the Planning Authority’s ' + 'website.',
];
const h1 = 'Swimming zones and fishing boats';
const p2 = [
  'Residents say the pontoons would leave little room for the swimming zones that are marked out every summer and would force the ' +
    'traditional luzzu fishing boats moored in the bay to move elsewhere.',
  '“My father fished from this bay, and his father before him. If the marina goes ahead, there is nowhere for us to go,” said ' +
    'fisherman Ġużeppi Borg, 63, who has kept his boat in the bay for more than 40 years.',
  'The local council said it had not been consulted on the plans and would be filing its own objection. Mayor Rita Cassar said the ' +
    'bay was already under pressure from traffic and construction.',
  '“Marsaskala has been promised a regeneration of its seafront for years. What residents want is a cleaner bay and a better ' +
    'promenade, not a private marina for yachts that will sit empty most of the year,” she said.',
];
const h2 = 'Developer says project will bring jobs';
const p3 = [
  'In a statement, Xlokk Marine Developments said the project would create 120 jobs and bring investment to the south of the island, ' +
    'and that it had reduced the number of berths from an earlier proposal of 400.',
  'The company said a public swimming area of 4,000 square metres would be kept free of moorings and that it would fund a new slipway ' +
    'and moorings for fishermen elsewhere in the bay.',
  'Environmental NGO Nature Trust Malta said a study carried out for the developer had found seagrass meadows in parts of the bay ' +
    'which were protected under EU law, and that dredging for the breakwater could damage them.',
  'The Environment and Resources Authority is expected to publish its assessment of the project in the coming weeks. A date for the ' +
    'Planning Authority hearing has not yet been set.',
];
const nav = ['Local', 'World', 'Business', 'Sport', 'Opinion', 'Community', 'Lifestyle', 'Entertainment', 'Video', 'Classifieds', 'Obituaries'];
const caption = 'The bay at Marsaskala, where the marina is proposed. Photo: Matthew Mirabelli';
const share = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share via email', 'Copy link'];
const support = ['Support Us', 'Independent journalism costs money. Support Times of Malta for the price of a coffee.', 'Support Us'];
const tags = ['National', 'Environment', 'Planning'];
const related = ['Marsaskala council calls for seafront plan to be published', 'Fishermen fear for future as boats squeezed out of harbours'];
const news = [
  'Sign up to our free newsletters',
  'Get the best updates straight to your inbox:',
  'Please select at least one mailing list.',
  'You can unsubscribe at any time by clicking the link in the footer of our emails. We use Mailchimp as our marketing platform.',
];
const comments = ['Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.', 'Comments powered by Disqus'];
const foot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms and Conditions', 'Cookie Policy', 'Careers', 'Newsletters'];
const consent = 'We use cookies to improve your experience. By continuing to use this site you agree to our use of cookies.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="More than 1,400 objections filed."><meta property="og:site_name" content="Times of Malta"><meta property="og:type"
content="article">
<meta property="og:title" content="${title}"><meta property="article:section" content="Local"><link rel="canonical"
href="https://timesofmalta.com/article/residents-object-marsaskala-yacht-marina.1104231">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T18:55:00+01:00",
"author":[{"@type":"Person","name":"Karl Azzopardi"}],"isAccessibleForFree":true,"publisher":{"@type":"Organization","name":"Times of Malta"}}</script>
<link rel="stylesheet" href="/_next/static/css/b81e2a5c3d.css"><script src="https://cmp.timesofmalta.com/consent.js" async></script></head>
<body><div id="__next"><header class="hd-Header"><div class="hd-Header_Top"><a class="hd-Header_Logo" href="/" aria-label="Times of Malta"><svg></svg></a>
<div class="hd-Header_Actions"><a class="bt-Button bt-Button-subscribe" href="/subscribe">Subscribe</a><a class="bt-Button" href="/login">Log in</a></div></div>
<nav class="nv-Nav"><ul class="nv-Nav_List">${links(nav, 'nv-Nav_Item')}</ul></nav></header>
<div class="ad-Slot ad-Slot-leaderboard"><span class="ad-Slot_Label">Advertisement</span><div id="div-gpt-ad-1"></div></div>
<main class="ar-Page"><article class="ar-Article"><header class="ar-Article_Header"><a class="ar-Article_Section" href="/news/national">National</a>
<h1 class="ar-Article_Title">${title}</h1><p class="ar-Article_Meta"><span class="ar-Article_ReadTime">3 min read</span></p>
<div class="ar-Article_Byline"><a class="ar-AuthorLink" href="/author/karl-azzopardi">Karl Azzopardi</a>
<time class="ar-Article_Date" datetime="2025-03-13T18:55:00+01:00">13 March 2025, 6:55 pm</time></div>
<div class="sh-ShareBar">${share.map((s) => `<button class="sh-ShareBar_Button" aria-label="${s}"><svg></svg></button>`).join('')}</div></header>
<figure class="ar-Article_Figure"><img alt="" src="https://cdn-attachments.timesofmalta.com/marsaskala-bay.jpg"><figcaption
class="ar-Article_Caption">${caption}</figcaption></figure>
<div class="ar-Article_Content">
${ps(p1, ' class="ar-Article_Text"')}
<h2 class="ar-Article_Subheading">${h1}</h2>
${ps(p2.slice(0, 2), ' class="ar-Article_Text"')}
<div class="ad-Slot ad-Slot-inArticle"><span class="ad-Slot_Label">Advertisement</span><div id="div-gpt-ad-2"></div></div>
${ps(p2.slice(2), ' class="ar-Article_Text"')}
<h2 class="ar-Article_Subheading">${h2}</h2>
${ps(p3, ' class="ar-Article_Text"')}
</div>
<aside class="su-SupportBox"><h3 class="su-SupportBox_Title">${support[0]}</h3><p>${support[1]}</p><a class="bt-Button"
href="/support">${support[2]}</a></aside>
<div class="tg-Tags"><ul>${links(tags, 'tg-Tags_Item')}</ul></div>
<section class="nl-NewsletterBox"><h3>${news[0]}</h3><p>${news[1]}</p><p class="nl-Error" hidden>${news[2]}</p>
<label><input type="checkbox" checked>Daily Newsletter</label><label><input type="checkbox">Breaking News</label><input type="email"
placeholder="Email address">
<button>Sign up</button><p class="nl-Small">${news[3]}</p></section>
<section class="cm-Comments" id="comments"><p class="cm-Note">${comments[0]}</p><div id="disqus_thread"></div><a
href="https://disqus.com">${comments[1]}</a></section>
</article><aside class="rl-Rail"><h2 class="rl-Rail_Title">Related Stories</h2><ul>${links(related)}</ul></aside></main>
<footer class="ft-Footer"><ul>${links(foot)}</ul><p>© Allied Newspapers Ltd 2025</p></footer></div>
<div class="cc-Banner" role="dialog" aria-label="Cookies"><p>${consent}</p><button>Accept</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":1104231}}},"page":"/article/[slug]"}</script></body></html>`;
export const timesOfMalta: TestPage = {
  name: 'heldout198-times-of-malta-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...p3]),
  bylines: ['3 min read', 'Karl Azzopardi', '13 March 2025, 6:55 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...nav, 'Advertisement', 'National', caption, ...support.slice(0, 2), ...tags.slice(1), ...news.slice(0, 3),
    'Daily Newsletter', 'Breaking News', 'Sign up', ...news.slice(3), ...comments, 'Related Stories', ...related, ...foot,
    '© Allied Newspapers Ltd 2025', consent, 'Accept',
  ],
};
