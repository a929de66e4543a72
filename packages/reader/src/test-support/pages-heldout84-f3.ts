/**
 * Held-out batch 84, file f3: the texts and HTML of a Dreamwidth journal entry page (core2 layout, a Tabula Rasa-style theme)
 * seen logged out: the control strip with the login form and links, the journal title, subtitle and page title, the previous /
 * next entry links, the entry header (subject, date made of three links, time), the ljuser poster tag, the entry text with
 * the expanded cut anchor and a list, the mood / music / location metadata, tags, the entry interaction links, three comments
 * with their headers and Reply / Thread / Link, the sidebar modules (Profile, navigation links, Page Summary, Style Credit,
 * Expand Cut Tags, Most Popular Tags) and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const dwTitle = 'the allotment in November, or: I am not giving up the plot';
export const dwP1 = paras(`
It has been raining for nine days. The allotment is a swamp, the path between the beds has turned into a small brown river,
and the committee sent round a letter this week reminding everybody that plots which are “visibly neglected” by the spring
inspection may be offered to the waiting list.

I read the letter standing in the kitchen in my wellies and felt, briefly, like giving up. It has been a hard year for the plot.
The slugs ate every single lettuce in June, the beans never really got going, and I was away for most of August and came back
to courgettes the size of a small dog.
`);
export const dwP2 = paras(`
But I went down this afternoon anyway, in the one dry hour we got, and it was better than I expected. The garlic I put in last
month has come up in neat green rows. The leeks are fine. The rhubarb crowns have died back the way they are supposed to, and
the compost bins are full and warm in the middle when you push your hand in, which never stops feeling like a small miracle.

Mr Okonkwo from plot 14 was there too, cutting back his raspberry canes. He has had his plot for thirty-one years and has
seen, he says, “every kind of bad year there is.” He gave me a bag of his seed potatoes for next spring and told me the secret
is to stop trying to grow everything and grow what you actually eat.

So that is the plan. Things I am doing before the inspection:
`);
export const dwList = [
  'Cover the two empty beds with cardboard and manure and leave them until March.',
  'Fix the shed door before it blows off again.',
  'Dig out the bindweed by the fence, properly this time, roots and all.',
  'Stop planting lettuce. The slugs have won that war.',
  'Grow more garlic, leeks, potatoes and beans, because those are what we eat.',
];
export const dwP3 = paras(`
I also signed up for the Saturday work party, which I have avoided for three years because it involves talking to people before
ten in the morning. Apparently there are biscuits.

Anyway. I am not giving up the plot. I might write about it more here over the winter, if anybody is still reading this journal
after my six-month silence. Hello to those of you who are.
`);
export const dwCtl = ['Account name:', 'Password', 'Log in', 'Create an Account', 'Explore', 'Site Map', 'Help'];
export const dwMeta: [string, string][] = [
  ['mood:', 'determined'],
  ['music:', 'rain on the shed roof'],
  ['location:', 'plot 22'],
];
export const dwTags = ['allotment', 'garden', 'life'];
export const dwComments = [
  {
    user: 'sparrowfeather',
    date: '2025-11-08 21:40 (UTC)',
    text: 'Still reading! And so glad you’re keeping the plot. Cardboard and manure is the answer to everything.',
  },
  {
    user: 'thistledown_kay',
    date: '2025-11-08 22:03 (UTC)',
    text: 'Mr Okonkwo sounds like a treasure. Grow what you eat is the best gardening advice I have ever heard.',
  },
  { user: 'quillon', date: '2025-11-09 08:15 (UTC)', text: 'Biscuits are a powerful incentive. Welcome back.' },
];
export const dwNav = ['Recent Entries', 'Archive', 'Reading', 'Tags', 'Memories', 'Profile'];
export const dwSummary = ['4 comments', '2 comments', '7 comments'];
export const dwSummaryTitles = ['six months later', 'a small list of good things', 'cat update, with evidence'];
export const dwPopTags = ['allotment - 31 uses', 'cats - 24 uses', 'life - 19 uses', 'books - 12 uses', 'memes - 8 uses'];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ljuser = (u: string): string => `<span lj:user='${u}' style='white-space: nowrap;' class='ljuser'><a href='https://${u}.dreamwidth.example/profile'><img
src='https://www.dreamwidth.example/img/silk/identity/user.png' alt='[personal profile] ' width='17' height='17' style='vertical-align: text-bottom; border: 0;
padding-right: 1px;' /></a><a href='https://${u}.dreamwidth.example/'><b>${u}</b></a></span>`;
const comment = (c: (typeof dwComments)[number], i: number): string => `<div class="comment-thread comment-depth-odd comment-depth-1">
<div class="dwexpcomment"><div class="comment-wrapper comment-wrapper-odd visible full has-userpic" id="comment-cmt${88210 + i}">
<div class="comment" id="cmt${88210 + i}"><div class="inner"><div class="header"><div class="inner"><h4 class="comment-title"><span class="invisible">no
subject</span></h4>
<div class="datetime"><span class="datetime">${c.date}</span></div></div></div><div><div class="contents"><div class="inner"><div class="userpic">
<img src="https://v.dreamwidth.example/${3301 + i}/${88210 + i}" width="100" height="100" alt="" /></div><span
class="poster comment-poster">${ljuser(c.user)}</span>
<div class="comment-content">${c.text}</div></div></div></div><div class="footer"><div class="inner"><ul class="comment-management-links text-links">
<li class="link commentpermalink"><a href="#cmt${88210 + i}">Link</a></li></ul><ul class="comment-interaction-links text-links">
<li class="comment-parentlink first-item"></li><li class="comment-threadlink"><a href="?thread=${88210 + i}#cmt${88210 + i}">Thread</a></li>
<li class="comment-replylink"><a href="?replyto=${88210 + i}">Reply</a></li></ul></div></div></div></div></div></div></div>`;

export const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1"
/>
<link rel="stylesheet" href="https://www.dreamwidth.example/stc/lj_base-app.css?v=1731089522" type="text/css" />
<link rel="stylesheet" href="https://paperlanterns.dreamwidth.example/res/8812211/stylesheet?1731089522" type="text/css" />
<meta property="og:title" content="${dwTitle}" /><meta property="og:type" content="article" /><meta property="og:site_name" content="Paper Lanterns" />
<meta name="description" content="It has been raining for nine days. The allotment is a swamp." />
<title>paperlanterns | the allotment in November, or: I am not giving up the plot</title>
<script type="text/javascript">var Site; if (!Site) Site = {}; Site.has_remote = 0; Site.currentJournal = "paperlanterns";</script>
<script type="text/javascript" src="https://www.dreamwidth.example/stc/??lj_base.js,jquery/jquery-1.8.3.js,esn.js?v=1731089522"></script></head>
<body class="page-entry two-columns-left multiple-columns"><div id="lj_controlstrip"><table class="lj_controlstrip" cellpadding="0" cellspacing="0"><tr>
<td id="lj_controlstrip_userpic"><img src="https://www.dreamwidth.example/img/controlstrip/nouserpic.png" alt="" /></td><td id="lj_controlstrip_user"
class="lj_login">
<form id="Greeting" class="lj_login_form pkg" action="https://www.dreamwidth.example/login" method="post"><input type="hidden" name="mode" value="login" />
<label for="xc_user">${dwCtl[0]}</label> <input type="text" name="user" size="7" maxlength="25" tabindex="1" id="xc_user" /> <label
for="xc_password">${dwCtl[1]}</label>
<input type="password" name="password" size="7" tabindex="2" id="xc_password" /> <input type="submit" value="Log in" tabindex="4" /></form></td>
<td id="lj_controlstrip_actionlinks"><a href="https://www.dreamwidth.example/login">${dwCtl[2]}</a> | <a
href="https://www.dreamwidth.example/create">${dwCtl[3]}</a></td>
<td id="lj_controlstrip_search"><a href="https://www.dreamwidth.example/explore">${dwCtl[4]}</a> | <a
href="https://www.dreamwidth.example/site/">${dwCtl[5]}</a> |
<a href="https://www.dreamwidth.example/support/">${dwCtl[6]}</a></td></tr></table></div>
<div id="canvas"><div class="inner"><div id="header"><div class="inner"><h1 id="title"><span>Paper Lanterns</span></h1>
<h2 id="subtitle"><span>notes from a very small flat</span></h2><h2 id="pagetitle"><span>Entries</span></h2></div></div>
<div id="content"><div class="inner"><div id="primary"><div class="inner"><div class="navigation topnav"><ul><li class="page-back">
<a href="https://paperlanterns.dreamwidth.example/88115.html">Previous Entry</a></li><li class="page-separator"> | </li><li class="page-forward">
<a href="https://paperlanterns.dreamwidth.example/88702.html">Next Entry</a></li></ul></div>
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P has-userpic has-subject" id="entry-wrapper-88461">
<div class="separator separator-before"><div class="inner"></div></div><div class="entry" id="entry-88461"><div class="inner"><div class="header"><div
class="inner">
<h3 class="entry-title"><a title="${dwTitle}" href="https://paperlanterns.dreamwidth.example/88461.html">${dwTitle}</a></h3>
<div class="datetime"><span class="date"><a href="https://paperlanterns.dreamwidth.example/2025/">Nov.</a> <a
href="https://paperlanterns.dreamwidth.example/2025/11/08/">8th</a>, <a href="https://paperlanterns.dreamwidth.example/2025/">2025</a></span>
<span class="time">09:14 pm</span></div></div></div><div><div class="contents"><div class="inner"><div class="userpic"><a
href="https://www.dreamwidth.example/allpics.bml?user=paperlanterns"><img src="https://v.dreamwidth.example/1180/8812211" width="100" height="100"
alt="[personal profile] paperlanterns" title="paperlanterns: wellies (Default)" /></a></div><span
class="poster entry-poster empty">${ljuser('paperlanterns')}</span>
<div class="entry-content">
${ps(dwP1)}
<a name="cutid1"></a>
${ps(dwP2)}
<ul>${dwList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(dwP3)}
</div></div></div></div>
<div class="footer"><div class="inner"><div class="metadata bottom-metadata"><ul>${dwMeta
  .map(
    ([k, v]) =>
      `<li><span class="metadata-label metadata-label-${k.slice(0, -1)}">${k}</span> <span
class="metadata-item metadata-item-${k.slice(0, -1)}">${v}</span></li>`,
  )
  .join('')}</ul></div><div class="tag"><span class="tag-text">Tags:</span><ul>${dwTags
  .map((t, i) => `<li><a rel="tag" href="https://paperlanterns.dreamwidth.example/tag/${t}">${t}</a>${i < dwTags.length - 1 ? ', ' : ''}</li>`)
  .join(
    '',
  )}</ul></div><ul class="entry-management-links text-links"><li class="first-item"><a href="https://www.dreamwidth.example/tools/memadd?journal=paperlanterns">
<img src="https://www.dreamwidth.example/img/silk/entry/memories_add.png" alt="Add to Memories" title="Add to Memories" /></a></li><li><a
href="https://www.dreamwidth.example/entry/paperlanterns/88461/share"><img src="https://www.dreamwidth.example/img/silk/entry/share.png" alt="Share this entry"
title="Share this entry" /></a></li></ul><ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a
href="https://paperlanterns.dreamwidth.example/88461.html#comments">3 comments</a></li><li class="entry-replylink"><a
href="https://paperlanterns.dreamwidth.example/88461.html?mode=reply">Reply</a></li></ul></div></div></div></div></div>
<div id="comments"><div class="inner">${dwComments.map(comment).join('\n')}</div></div>
<div class="bottomcomment"><div class="inner"><hr class="above-entry-interaction-links" /><ul class="entry-interaction-links text-links">
<li class="entry-replylink first-item"><a href="https://paperlanterns.dreamwidth.example/88461.html?mode=reply">Reply</a></li></ul></div></div></div></div>
<div id="secondary"><div class="inner"><div class="module-section-one"><div class="module-userprofile module"><div class="inner"><h2
class="module-header">Profile</h2>
<div class="module-content"><div class="userpic"><img src="https://v.dreamwidth.example/1180/8812211" alt="" /></div><div
class="journal-name">${ljuser('paperlanterns')}
</div><div class="journal-website-name"><a href="https://paperlanterns.example/">plot 22 photos</a></div></div></div></div>
<div class="module-navlinks module"><div class="inner"><ul class="module-list">${dwNav
  .map((t) => `<li class="module-list-item"><a href="https://paperlanterns.dreamwidth.example/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`)
  .join('')}</ul></div></div>
<div class="module-pagesummary module"><div class="inner"><h2 class="module-header">Page Summary</h2><div class="module-content"><ul
class="module-list">${dwSummaryTitles
  .map((t, i) => `<li class="module-list-item"><a href="#">${t}</a> - <a href="#">${dwSummary[i]}</a></li>`)
  .join('')}</ul></div></div></div>
<div class="module-credit module"><div class="inner"><h2 class="module-header">Style Credit</h2><div class="module-content"><ul class="module-list">
<li class="module-list-item"><span class="style-credit-layout-label">Style:</span> <span class="style-credit-layout-name">Tabula Rasa</span> for
<span class="style-credit-theme-name">Lantern Light</span> by <span
class="style-credit-designer-name">${ljuser('wrenandwick')}</span></li></ul></div></div></div>
<div class="module-cuttagcontrols module"><div class="inner"><h2 class="module-header">Expand Cut Tags</h2><div class="module-content">No cut
tags</div></div></div>
<div class="module-tags_cloud module"><div class="inner"><h2 class="module-header">Most Popular Tags</h2><div class="module-content"><ul
class="module-list">${dwPopTags
  .map((t) => `<li class="module-list-item"><a href="#" title="${t}">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></div></div></div></div>
<div id="footer"><div class="inner"><div class="page-top"><a href="#">Page generated Nov. 12th, 2025 03:14 am</a></div><div class="poweredby">Powered by
<a href="https://www.dreamwidth.example">Dreamwidth Studios</a></div></div></div></div></div></body></html>`;
