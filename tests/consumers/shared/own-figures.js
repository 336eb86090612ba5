// A site's own dataset, given to <cited-stats> and to loadDataset() as plain objects in the schema
// of the package's figures.json: three records taken verbatim from the built-in dataset, so every
// word is what was said. Both consumer apps import this file; each app's type check sees that these
// objects fit the package's `Figure` type where it hands them over.

export const OWN_FIGURES = [
  {
    id: "laming-2009-007",
    quote: "Turnover rates are high, with two thirds of local authorities reporting difficulties in engaging social workers and three quarters of social workers reporting that case loads have increased worryingly since 2003.",
    figure_text: "two thirds",
    figure_offset: 30,
    value: 66.7,
    value_high: null,
    unit: "percent",
    qualifier: "exact",
    measure: "share of local authorities reporting difficulties in engaging social workers",
    period: null,
    geography: null,
    cited_source: "Lord Laming",
    topic: "workforce",
    speaker: "Michael Gove",
    speaker_party: null,
    speaker_constituency: null,
    speaker_role: "Shadow Secretary of State (Children, Schools and Families)",
    debate: "Lord Laming's Progress Report",
    debate_id: "2009-03-12-lord-lamings-progress-report",
    date: "2009-03-12",
    chamber: "House of Commons",
    transcript: "2009-03-12-commons-lord-lamings-progress-report",
    transcript_line: 93,
    inferred: [],
    notes: {},
    unparsed: null
  },
  {
    id: "lac-2016-003",
    quote: "Those programmes have brought more than 770 high-calibre recruits into social work.",
    figure_text: "more than 770",
    figure_offset: 30,
    value: 770,
    value_high: null,
    unit: "count",
    qualifier: "more_than",
    measure: "recruits brought into social work by Frontline and Step Up",
    period: null,
    geography: null,
    cited_source: null,
    topic: "workforce",
    speaker: "Edward Timpson",
    speaker_party: null,
    speaker_constituency: null,
    speaker_role: "The Minister for Vulnerable Children and Families",
    debate: "Looked-after Children/Social Work Reform",
    debate_id: "2016-10-20-looked-after-children-social-work-reform",
    date: "2016-10-20",
    chamber: "Westminster Hall",
    transcript: "2016-10-20-westminster-hall-looked-after-children-social-work-reform",
    transcript_line: 49,
    inferred: [],
    notes: {},
    unparsed: null
  },
  {
    id: "icsc-2022-146",
    quote: "Nearly 12,000 children in the care system in this country are not living with at least one of their siblings.",
    figure_text: "Nearly 12,000",
    figure_offset: 0,
    value: 12000,
    value_high: null,
    unit: "count",
    qualifier: "nearly",
    measure: "children in care not living with at least one of their siblings",
    period: null,
    geography: null,
    cited_source: null,
    topic: "children-in-care",
    speaker: "Tim Loughton",
    speaker_party: null,
    speaker_constituency: null,
    speaker_role: null,
    debate: "Independent Review of Children’s Social Care",
    debate_id: "2022-11-24-independent-review-of-childrens-social-care",
    date: "2022-11-24",
    chamber: "House of Commons",
    transcript: "2022-11-24-commons-independent-review-of-childrens-social-care-part-2",
    transcript_line: 169,
    inferred: [],
    notes: {},
    unparsed: null
  }
];

/**
 * The same records broken in two ways the core's check finds (rather than the schema's types), one
 * in each record: the figure's words moved off their place in the quote, and an upper value on a
 * figure that is not a range. A bad dataset's message must name both.
 */
export const BAD_FIGURES = [
  { ...OWN_FIGURES[0], id: "words-moved", figure_offset: OWN_FIGURES[0].figure_offset + 1 },
  { ...OWN_FIGURES[1], id: "not-a-range", value_high: OWN_FIGURES[1].value * 2 },
];
