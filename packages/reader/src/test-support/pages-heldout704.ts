import type { TestPage } from './page-kit.js';
import { HELDOUT704_A } from './pages-heldout704-a.js';
import { HELDOUT704_B } from './pages-heldout704-b.js';
import { HELDOUT704_C } from './pages-heldout704-c.js';
import { HELDOUT704_D } from './pages-heldout704-d.js';
import { HELDOUT704_E } from './pages-heldout704-e.js';
import { HELDOUT704_F } from './pages-heldout704-f.js';

/**
 * Held-out batch 704, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a football match report on an
 * ESPN-like sports site's game page (gamestrip, game tabs, Editor's Picks aside and photo inside the story, match stats and
 * table rails), a tabloid boxing story in the Daily Mail's article template (summary bullets, factbox, related carousel and
 * ad slots inside the body, reader comments, Most Read rail), a rugby club's official contract news on a Next.js club site
 * (standfirst, ticket promo and video inside the body, partners strip), a county cricket fan blog post on WordPress with the
 * Newspaper theme (tagDiv: share bars, inline ad, tags, author box, related posts, comments), a cycling analysis post on
 * Substack (subscribe widget, share button and footnote inside the body, comments), a basketball analysis post on a Vox Media
 * Chorus team site in the SB Nation style (dek, related list and newsletter box inside the body, a data table), a netball
 * league's rules handbook page on GitBook (a table built from ARIA-role divs, info and warning hints, page feedback,
 * previous/next links), a fantasy football help centre article on Zendesk Guide (Copenhagen: table, note callout, votes,
 * related articles), a football club season article on Wikipedia (Vector 2022: infobox, transfer, league, cup and scorer
 * tables, references, navbox), a speedway rider page on a Fandom wiki (portable infobox, contents box, statistics table,
 * trivia, categories, rails), an away-ticket thread on a supporters' forum on phpBB 3.3 (prosilver: user cards, signatures,
 * a quote), and a golf handicap thread on XenForo 2.2 (user extras, quote block, reactions, signatures, similar threads).
 * Brands, people, places and facts are invented; the markup follows the real templates (the Wikipedia, Fandom, Substack,
 * GitBook, Zendesk, phpBB and XenForo chrome keeps its own names). Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or subtitle under the h1 (club standfirst, Substack subtitle,
 * Chorus dek, GitBook page description) is body, and so are the Daily Mail's summary bullets under the headline; an eyebrow or
 * category label above the h1 ("Club News", "Filed under:", the GitBook section crumb) is furniture; every table row, the
 * header row included, is one body entry with its cells joined by a space, also for GitBook's div table, and a Wikipedia row
 * that loses a cell to the row above's rowspan is given without it; a table's source line inside the post body ("Source:
 * league lineup data…") is body, while Wikipedia's sports-table notes under the league table (source, classification rules,
 * (C)/(P) key) are furniture; the Daily Mail factbox inside the body is article (its title a heading, each item a body entry),
 * while the related carousel, video caption, "Scroll down for video", share counts and comments are furniture; a game page's
 * gamestrip (team names, records, scores, FT, goal scorers and minutes), game tabs, game information and match-stats/table rails
 * are furniture; a promo box inside the body (next home match with "Buy tickets", video title and duration, Substack subscribe
 * widget and Share button, Chorus related list and newsletter box, Zendesk/GitBook feedback) is furniture, while hints and
 * note callouts inside docs content are body; footnote and reference markers stay in their paragraphs as shown (Substack's
 * glued "afterwards.1", Wikipedia's "[1]"), the footnote and reference lists are furniture, and so are Wikipedia's infobox,
 * navbox, printfooter, categories and the References / External links headings; "Last updated 2 months ago", Zendesk's
 * author, relative date and "Updated", Wikipedia's "This page was last edited" line, reading times ("3 min read") and the
 * "By" pieces of bylines are bylines; blog comments' author names and dates are bylines and their texts furniture; forum
 * posts are body, one entry per paragraph where phpBB and XenForo separate paragraphs with a double <br>, and a quoted
 * passage inside a reply is a body entry of that reply, its "X wrote:" / "X said:" attribution a byline and XenForo's "Click
 * to expand..." furniture; forum user names and post dates (and XenForo's "Thread starter" / "Start date" labels) are
 * bylines, user cards (rank, posts, joined, location, avatar initial), signatures, post numbers, reactions and "Re:" post
 * subjects furniture; visually hidden labels (skip links, "Share on", "Post", "Top", "Reactions:", Zendesk's "Comments")
 * are furniture, while input values and placeholders, alt texts, aria-labels, inline display:none text and XenForo's
 * `is-hidden` "Link" share button are in no list; punctuation-only pieces ("»", "↑", edit brackets) are in no list.
 */
export const HELDOUT704_PAGES: readonly TestPage[] = [...HELDOUT704_A, ...HELDOUT704_B, ...HELDOUT704_C, ...HELDOUT704_D, ...HELDOUT704_E, ...HELDOUT704_F];
