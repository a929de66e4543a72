import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file f2: a message in a Sympa 6.2 list archive (the top menu with the service name, Lists / Help /
 * Log in, the login form, the list's left panel with Info / Subscribe / Archive / Post and the list's address and owner
 * counts, the archive's month bar, the MHonArc message with its Chronological / Thread navigation and header table, the
 * text body in a <pre> with a quoted paragraph, the "Top of Page" links and the "Powered by Sympa" footer).
 */
const wrap = (p: string): string =>
  p
    .split(' ')
    .reduce<string[]>((ls, w) => {
      const last = ls[ls.length - 1];
      if (last !== undefined && (last + w).length < 72) ls[ls.length - 1] = `${last} ${w}`;
      else ls.push(w);
      return ls;
    }, [])
    .join('\n');
const syTitle = 'Re: [hydro-net] Gauge station Rivière-Saule offline since 2 June';
const syP = [
  'Bonjour à tous, and apologies for the English reply for those following along from the university group.',
  'We visited the Rivière-Saule station on Thursday. The logger itself is fine; the problem is the modem, which was damaged when ' +
    'water got into the cabinet during the storm on the first of June. The data from 2 to 19 June is stored on the logger and we ' +
    'downloaded it on site, so there is no gap in the record, only a delay.',
  'A replacement modem is on order and should arrive by the end of the month. Until then we will go out every two weeks and ' +
    'download the data by hand. The files will be uploaded to the shared folder the same day, with a note in the station log.',
  'We also found that the cabinet seal has perished along the bottom edge. We have patched it for now, but the whole cabinet ' +
    'should be replaced before autumn. I will put it on the agenda for the July technical meeting.',
  'Amitiés,',
  'Baptiste Lhermitte',
  'Service hydrométrie, Syndicat du bassin de la Saule',
];
const syQuote = 'Does anyone know whether the data for June is lost, or only delayed?';
const syNav = ['Lists', 'Help', 'Log in'];
const syLogin = ['email address', 'password', 'First login?', 'Lost password?'];
const sySide = ['Info', 'Subscribe', 'Archive', 'Post', 'Shared documents'];
const syMonths = ['2025-04', '2025-05', '2025-06'];
const syMsgNav = ['Chronological', 'Thread', 'Top of Page'];
const syHtml = `<!DOCTYPE html>
<html lang="fr-FR" xml:lang="fr-FR"><head><meta charset="utf-8"><meta name="generator" content="Sympa 6.2.72">
<title>Sympa Syndicat de la Saule - Re: [hydro-net] Gauge station Rivière-Saule offline since 2 June</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/static-sympa/css/style.css" media="screen">
<link rel="stylesheet" href="/static-sympa/font-awesome/css/font-awesome.min.css">
<script src="/static-sympa/js/jquery.js"></script><script src="/static-sympa/js/sympa.js"></script></head>
<body><div id="top"><a class="displayNone" href="#Content" accesskey="s">Skip to Content.</a></div><div id="Canvas">
<div id="Header"><div class="title"><a href="/sympa">Listes du Syndicat de la Saule</a></div><nav id="MenuBar"><ul class="menu">
${links(syNav)}</ul></nav><div id="loginbox" class="displayNone"><form action="/sympa" method="post"><label for="email_login">${syLogin[0]}</label>
<input type="text" id="email_login" name="email"><label for="passwd">${syLogin[1]}</label><input type="password" id="passwd" name="passwd">
<input class="MainMenuLinks" type="submit" value="Login">
<a href="/sympa/firstpasswd">${syLogin[2]}</a> <a href="/sympa/renewpasswd">${syLogin[3]}</a></form></div></div>
<div id="Stretcher"><nav id="sidebar" class="columns"><div class="listTitle"><a href="/sympa/info/hydro-net">hydro-net</a>
<p>Réseau des stations hydrométriques du bassin</p></div><ul class="listmenu">${links(sySide)}</ul>
<div class="listinfo"><p>hydro-net@listes.saule.example</p><p>Owners: 2 · Subscribers: 148</p></div></nav>
<main id="Content" class="columns"><div id="ActionHeader"><h2><i class="fa fa-archive"></i> Archive</h2></div>
<div id="ArcCalendar"><ul class="arcmonths">${syMonths.map((m) => `<li><a href="/sympa/arc/hydro-net/${m}/">${m}</a></li>`).join('')}</ul></div>
<div class="ArcMsg"><!-- MHonArc v2.6.24 --><!--X-Subject-Header-Begin--><h3>${syTitle}</h3><!--X-Subject-Header-End-->
<div class="ArcMenu"><ul>${syMsgNav
  .slice(0, 2)
  .map((n) => `<li><a href="/sympa/arc/hydro-net/2025-06/msg00031.html">${n}</a></li>`)
  .join('')}</ul></div>
<!--X-Head-of-Message--><ul class="headers"><li><strong>From</strong>: Baptiste Lhermitte &lt;b.lhermitte AT saule.example&gt;</li>
<li><strong>To</strong>: hydro-net AT listes.saule.example</li><li><strong>Subject</strong>: ${syTitle}</li>
<li><strong>Date</strong>: Mon, 23 Jun 2025 09:48:12 +0200</li></ul><!--X-Head-of-Message-End--><hr>
<!--X-Body-of-Message--><pre>${syP.slice(0, 1).map(wrap).join('\n\n')}

Le 20/06/2025 à 17:02, Katrin Oduya a écrit :
&gt; ${syQuote}

${syP.slice(1, 4).map(wrap).join('\n\n')}

${syP.slice(4).join('\n')}</pre><!--X-Body-of-Message-End--><hr>
<div class="ArcMenu"><ul><li><a href="#top">${syMsgNav[2]}</a></li></ul></div></div></main></div>
<footer id="Footer"><div class="footer"><a href="https://www.sympa.community/">Powered by Sympa 6.2.72</a></div></footer></div></body></html>`;
export const sympaMessage: TestPage = {
  html: syHtml,
  name: 'heldout229-sympa-list-archive-message-forum',
  kind: 'forum',
  // the subject is in an h3 (the page's only message title); the typed greeting and sign-off block are body; the quoted line
  // and its attribution are in neither list
  title: syTitle,
  headings: [],
  body: texts(syP),
  bylines: ['Baptiste Lhermitte <b.lhermitte AT saule.example>', 'Mon, 23 Jun 2025 09:48:12 +0200'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content.', 'Listes du Syndicat de la Saule', ...syNav, ...syLogin, 'hydro-net', 'Réseau des stations hydrométriques du bassin',
    ...sySide, 'hydro-net@listes.saule.example', 'Owners: 2 · Subscribers: 148', ...syMonths, ...syMsgNav, 'From', 'To', 'Subject', 'Date',
    'hydro-net AT listes.saule.example', 'Powered by Sympa 6.2.72',
  ],
};
