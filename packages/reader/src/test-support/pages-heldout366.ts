import type { TestPage } from './page-kit.js';
import { HELDOUT366_A } from './pages-heldout366-a.js';
import { HELDOUT366_B } from './pages-heldout366-b.js';
import { HELDOUT366_C } from './pages-heldout366-c.js';
import { HELDOUT366_D } from './pages-heldout366-d.js';
import { HELDOUT366_E } from './pages-heldout366-e.js';
import { HELDOUT366_F } from './pages-heldout366-f.js';

/**
 * Held-out batch 366, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a UniProtKB protein entry on
 * the React site, an NCBI Gene full report, an RCSB PDB structure summary with its primary citation's abstract, a PubChem
 * compound summary, an Ensembl gene summary view, a GBIF species page (AngularJS), an iNaturalist observation with its
 * identification and comment stream, a Materials Project material page (Next.js with Dash components), a ChEBI entry on
 * the EMBL-EBI Visual Framework, a ClinVar variation page, a SIMBAD-style star entry on a table-based CDS template, and a
 * herbarium specimen record on a Symbiota portal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: these are data pages with short prose, so the entry's own data rows count as
 * article text: the value of a label / value row (dd, td or rhs cell) is body and its label (dt, th, lhs cell) is in
 * neither list, as are table header cells and table cells that only repeat a summary value; a row written as one
 * "Label: value" text (PDB's snapshot, SIMBAD's basic data, Symbiota's specimen fields) is body as a whole. The collector
 * and collection date of a specimen are specimen data (body), not bylines. The PDB entry's h1 is the bare PDB ID, so that
 * is the title and the structure's descriptive title under it is body. Dates and people of the record itself (entry
 * version and "Last modified", Gene's "updated on", PDB deposition dates and authors and the citation's author line,
 * PubChem's Create / Modify, ChEBI's Last Modified and Submitter values, ClinVar's submission / evaluation dates and
 * submitters, Ensembl's "Gene annotation updated", iNaturalist's observer, commenters and their dates) are bylines; a
 * name's authority and place of publication (GBIF's "Published in"), release numbers, citation boxes ("Cite as"), source
 * attributions under a block, evidence tags, accessions of submissions and a site-wide "Last modified" in the footer are
 * furniture. The iNaturalist observation is kind forum: the observer's description and the identification remarks and
 * comments of the activity stream are body, the activity labels ("suggested an ID", "commented") furniture; the
 * herbarium portal's public comment tab is furniture (a comment on the record). Evidence, role and ontology list items are
 * body; a classification list, identifier lists other than the main ID and "similar / related" lists are furniture, and
 * visible texts that also occur inside a body text (a genus name in the classification list, a heading repeated in the
 * in-page nav) are left out of the furniture list.
 */
export const HELDOUT366_PAGES: readonly TestPage[] = [...HELDOUT366_A, ...HELDOUT366_B, ...HELDOUT366_C, ...HELDOUT366_D, ...HELDOUT366_E, ...HELDOUT366_F];
