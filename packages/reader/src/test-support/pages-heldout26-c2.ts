import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 26, file c2: a personal blog post built with Gatsby (gatsby-starter-blog lineage with emotion classes:
 * the `___gatsby` and focus wrappers, the header with site title, nav and theme toggle, date and reading time under the
 * h1, autolinked headings with their SVG anchors, a gatsby-remark-images figure with its blurred placeholder and
 * caption, the bio with "Written by", a Buttondown newsletter box, "Discuss on Bluesky" / "Edit on GitHub",
 * the prev/next nav, the footer, the route announcer and Gatsby's inline loader scripts).
 */
const gbTitle = 'The summer I learned to true a bicycle wheel';
const gbIntro =
  'In June my commuter bike developed a wobble in the back wheel, the kind you only notice when the brake pad kisses the rim twice ' +
  'on every turn. The shop down the road quoted me two weeks and forty pounds. I bought a spoke key for six pounds instead, which ' +
  'is how most of my worst ideas begin.';
const gbH1 = 'What truing actually means';
const gbB1 = [
  'A wheel is held in shape by tension, not stiffness. Each spoke pulls the rim a little towards one side of the hub, and a true ' +
    'wheel is one where all those small pulls cancel out. Tighten a spoke and the rim moves towards the side it comes from; loosen ' +
    'it and the rim drifts away.',
  'That is the whole theory. The practice is turning a nipple a quarter turn at a time and resisting the urge to do more.',
];
const gbCaption = 'The back wheel upside down on two paint tins, which served as my truing stand for the whole summer.';
const gbH2 = 'My makeshift setup';
const gbB2 =
  'Proper truing stands cost more than the wheel. I turned the bike upside down on the kitchen floor, clipped a cable tie around ' +
  'the frame so that its tail just touched the rim, and used that as my gauge. Wherever the rim brushed the tie, I knew which ' +
  'spokes to adjust.';
const gbList = [
  'Mark the worst spot with a bit of masking tape before you touch anything.',
  'Adjust the two or three spokes around the mark, never just one.',
  'Spin, check, and stop as soon as the wobble is smaller than the gap to the brake pad.',
];
const gbH3 = 'What I got wrong';
const gbB3 = [
  'On my first evening I chased the wobble around the wheel for an hour and made it worse, because I kept turning the key the ' +
    'wrong way. Spoke nipples look upside down from where you sit, so “tighten” means turning anticlockwise from your point of ' +
    'view. A note on the fridge fixed that.',
  'By August the wheel ran straight enough that the brake stopped singing. It is not perfect, and a mechanic would sigh at it. ' +
    'But I know why it is straight now, and I can fix it again when it isn’t.',
];
const gbNav = ['Blog', 'About', 'Now', 'RSS'];
const gbPrev = '← Fixing a dripping radiator valve';
const gbNext = 'Why I still print my calendar →';
const anchorSvg =
  '<svg aria-hidden="true" focusable="false" height="16" version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" ' +
  'd="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4c1.45 0 3 1.69 3 3.5 0 1.41-.91 2.72-2 3.25V8.59c.58-.45 1-1.27 1-2.09C10 5.22 8.98 4 8 4H4c-.98 ' +
  '0-2 1.22-2 2.5S3 9 4 9z"></path></svg>';
const gbH = (id: string, t: string): string =>
  `<h2 id="${id}" style="position:relative;"><a href="#${id}" aria-label="${t.toLowerCase()} permalink" class="anchor before">${anchorSvg}</a>${t}</h2>`;
const gbImg = `<figure class="gatsby-resp-image-figure" style=""><span class="gatsby-resp-image-wrapper"
style="position:relative;display:block;margin-left:auto;
margin-right:auto;max-width:630px"><a class="gatsby-resp-image-link" href="/static/8d1c2f/wheel-on-tins.jpg" style="display:block" target="_blank"
rel="noopener"><span class="gatsby-resp-image-background-image" style="padding-bottom:66.66666666666666%;position:relative;bottom:0;left:0;
background-image:url('data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P');
background-size:cover;display:block"></span><img class="gatsby-resp-image-image" alt="Bicycle wheel resting on paint tins" title=""
src="/static/8d1c2f/fcda8/wheel-on-tins.jpg"
srcset="/static/8d1c2f/12f09/wheel-on-tins.jpg 148w, /static/8d1c2f/e4a3f/wheel-on-tins.jpg 295w, /static/8d1c2f/fcda8/wheel-on-tins.jpg 590w"
sizes="(max-width: 590px)
100vw, 590px" style="width:100%;height:100%;margin:0;vertical-align:middle;position:absolute;top:0;left:0" loading="lazy" decoding="async"></a></span>
<figcaption class="gatsby-resp-image-figcaption">${gbCaption}</figcaption></figure>`;
const gbHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.14.1"/>
<style data-emotion="css 1k9ek97 r8uvtz 17xejub">.css-1k9ek97{max-width:42rem;margin:0 auto;padding:2.5rem 1.25rem}.css-r8uvtz{font-size:0.875rem;color:#6b6b6b}
.css-17xejub{border:1px solid #e5e5e5;border-radius:8px;padding:1.5rem}</style><link rel="alternate" type="application/rss+xml" title="Workbench Notes"
href="/rss.xml"/>
<title data-gatsby-head="true">${gbTitle} | Workbench Notes</title><meta name="description" content="Fixing a wobbly back wheel with a six-pound spoke key."
data-gatsby-head="true"/><meta property="og:type" content="article" data-gatsby-head="true"/><meta name="twitter:creator" content="@priyafixes"
data-gatsby-head="true"/>
</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="global-wrapper css-1k9ek97"
data-is-root-path="false">
<header class="global-header"><a class="header-link-home" href="/">Workbench Notes</a><nav class="site-nav"><ul>
${gbNav.map((t) => `<li><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<button type="button" class="theme-toggle" aria-label="Switch to dark theme">🌙</button></header>
<main><article class="blog-post" itemscope="" itemType="http://schema.org/Article"><header><h1 itemProp="headline">${gbTitle}</h1>
<p class="css-r8uvtz"><time dateTime="2025-07-28">July 28, 2025</time> · <span>6 min read</span></p></header>
<section itemProp="articleBody"><p>${gbIntro}</p>
${gbH('what-truing-actually-means', gbH1)}
<p>${gbB1[0]}</p>
<p>${gbB1[1]}</p>
${gbImg}
${gbH('my-makeshift-setup', gbH2)}
<p>${gbB2}</p>
<ul>
${gbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${gbH('what-i-got-wrong', gbH3)}
<p>${gbB3[0]}</p>
<p>${gbB3[1]}</p>
</section><p class="css-r8uvtz"><a href="https://bsky.app/search?q=https%3A%2F%2Fworkbench.example%2Ftrue-a-wheel%2F" target="_blank" rel="noopener">Discuss on
Bluesky</a> · <a href="https://github.com/priyaraman/workbench/edit/main/content/blog/true-a-wheel/index.md">Edit on GitHub</a></p><hr/>
<footer><div class="bio"><img class="bio-avatar" src="/static/a1b2c3/profile-pic.png" alt="Profile picture" width="50" height="50"/><p>Written by
<strong>Priya Raman</strong> who lives in Leeds and fixes things that were meant to be thrown away. <a
href="https://mastodon.example/@priyafixes">You should follow
her on Mastodon</a></p></div></footer></article>
<form class="newsletter css-17xejub" action="https://buttondown.com/api/emails/embed-subscribe/workbench" method="post" target="popupwindow">
<h3>Get new posts by email</h3><p>No tracking, no ads, about one email a month.</p><label for="bd-email" class="visually-hidden">Email address</label>
<input type="email" name="email" id="bd-email" placeholder="you@example.com"/><input type="submit" value="Subscribe"/></form>
<nav class="blog-post-nav"><ul style="display:flex;flex-wrap:wrap;justify-content:space-between;list-style:none;padding:0"><li><a rel="prev"
href="/radiator-valve/">${gbPrev}</a></li><li><a rel="next" href="/paper-calendar/">${gbNext}</a></li></ul></nav></main>
<footer class="css-r8uvtz">© 2025, Built with <a href="https://www.gatsbyjs.com">Gatsby</a> · <a href="/rss.xml">Subscribe via RSS</a></footer></div></div>
<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"
aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/true-a-wheel/";/*]]>*/</script><!-- slice-start id="_gatsby-scripts-1" -->
<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-5c1a3f0e2b.js\\"]}";/*]]>*/</script>
<script src="/webpack-runtime-8b7d2a.js" async></script><script src="/framework-3e6f1c.js" async></script><script src="/app-5c1a3f0e2b.js" async></script>
<!-- slice-end id="_gatsby-scripts-1" --></body></html>`;
export const gatsbyPost: TestPage = {
  html: gbHtml,
  name: 'heldout26-gatsby-personal-post',
  kind: 'blog',
  // the paragraphs and the list are body, the three h2s are the headings (their SVG anchors have no text); the figure's
  // caption is furniture; the date and "Priya Raman" (in the bio) are the bylines ("Written by" is in neither list, as "By" is),
  // the rest of the bio sentence and its follow link are furniture, as are the reading time, "Discuss on Bluesky", "Edit on
  // GitHub", the newsletter box, the prev/next titles, site title, nav, the moon toggle and the footer; the nav's "Now" is a
  // word of the body: left out
  title: gbTitle,
  headings: [gbH1, gbH2, gbH3],
  body: texts([gbIntro, ...gbB1, gbB2, ...gbList, ...gbB3]),
  bylines: ['July 28, 2025', 'Priya Raman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Workbench Notes', ...gbNav.filter((t) => t !== 'Now'), '🌙', '6 min read', gbCaption, 'Discuss on Bluesky', 'Edit on GitHub',
    'who lives in Leeds and fixes things that were meant to be thrown away.', 'You should follow her on Mastodon', 'Get new posts by email',
    'No tracking, no ads, about one email a month.', 'Email address', gbPrev, gbNext, '© 2025, Built with Gatsby', 'Subscribe via RSS',
  ],
};
