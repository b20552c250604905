"""Unfilled template slots, stand-ins and template text left in a posting.

## What it checks
Text in the body or in a front matter value that a template or a draft left for
someone to fill in:

- template slots: `{{company}}`, `{{ salary_range }}`, `<<city>>`, `{company}`,
  `${company}`, `%COMPANY%`, `[[relocation]]`;
- bracketed slots that read as an instruction to whoever fills the template:
  `[Company Name]`, `[your language, e.g. Go, Python]`, `[what you do]`,
  `[X years]`, `<hiring manager name>`;
- template instructions: "INSERT COMPANY BOILERPLATE HERE", "ENTER JOB
  ANNOUNCEMENT NUMBER", "Describe the role here.", "Your job description here";
- stand-ins where a value belongs: `Salary: TBD`, `Location: TBA`, `Start date:
  XXX`, `TODO`, `FIXME`, `$XX,XXX`, "X+ years";
- template defaults: `title: Job Title`, `organization: Organization Name`,
  `date_posted: yyyy-mm-dd`, `contributors_md: (optional)`, `Job ID 000000`, a
  nil UUID, list items that read `Item 1`, `Item 2`;
- whatever the config's `placeholders.patterns` regexes match.

Not reported: template code meant to render (`{{ page.title }}`,
`{% include apply.html %}`, `{{ site.x | filter }}`, Hugo's `{{ .Params.salary }}`,
`{% if %}`), Markdown links, images, footnotes, task lists and reference links,
bracketed remarks in ordinary prose ("[remote OK]", "[optional]", "[2 positions]"),
e-mail addresses written to fool scrapers ("name [at] company [dot] com",
"com.gmail@{{username}}"), scrubbing tokens left by datasets ("[email protected]",
"<EMAIL>", "[REDACTED]", "(XXX) XXX-XXXX"), names that merely start with the
letters ("TBD Pharma", "XXXL", "a todo list app"), slots the applicant is meant to
fill ("use '[Position] - [Your Name]' as the subject"), and anything inside code
blocks, inline code or Liquid/Jinja comments. A bare "XXX" is reported even in
"XXX Corp": a company really called XXX is rarer than a forgotten stand-in.

Which `{{ ... }}` is code depends on the template engines listed in
`placeholders.dialects` (default: liquid, jinja, hugo): a dotted or filtered
expression or a known object (`page.`, `site.`, `include.`, `post.`, `.Params`) is
code; a bare name (`{{company}}`) is a slot. With `dialects: []` every `{{...}}`
is reported. `placeholders.allow` lists texts or regexes never to report.

## Why it matters
A published posting that says "Join {{company}}" or "Salary: TBD" tells
candidates nobody proofread it, and a stand-in where a pay range belongs can also
breach a pay-transparency law. Job boards index the slot text as written.

## Example
```markdown
---
title: Job Title
---
[Company Name] is hiring a backend engineer with [X years] of Go.

Salary: TBD
```

## How to fix
Replace each slot with the real text, or delete the line. If a flagged text is
genuine, add it to `placeholders.allow` in `.jdlint.yaml`, or suppress the line
with `<!-- jdlint-disable-next-line JD201 -->`.
"""

from __future__ import annotations

from jdlint.facts.placeholders import found_in, quote
from jdlint.model import Finding

CODE = "JD201"
NAME = "leftover-placeholder"
CATEGORY = "placeholder"
SEVERITY = "error"
SUMMARY = "Unfilled template slot, stand-in or template text"
EXAMPLES = {
    "bad": [
        "We are {{company}}, a logistics startup in Leeds, hiring a data engineer.\n",
        "[Company Name] builds payroll software. You have [X years] of Go experience.\n",
        "## About the role\n\nDescribe the role here.\n",
        "Salary: TBD\nLocation: Remote (US)\n",
        "---\ntitle: Job Title\ncompany: Brightline\n---\nWe build boats.\n",
        "**Job announcement number:**\nENTER JOB ANNOUNCEMENT NUMBER\n",
        {"text": "We are hiring a DESIGNER_ROLE for our studio.\n",
         "config": {"placeholders": {"patterns": [r"\b[A-Z]+_ROLE\b"]}}},
        {"text": "**Job title:** {{ page.title }}\n", "config": {"placeholders": {"dialects": []}}},
    ],
    "good": [
        "**Job title:** {{ page.title }}\n\n{% include apply.html %}\n",
        "Read [our handbook](https://handbook.brightline.dev). Portfolio [optional].\n",
        "- [x] CV\n- [ ] Portfolio\n\nWrite to jobs [at] brightline [dot] io.\n",
        "TBD Pharma is hiring a chemist. Sizes XXXL to XS.\n",
        "We practise trunk-based development (TBD).\n",
        'Use "[Position] - [Your Name]" as the subject of your e-mail.\n',
        "---\ntitle: Data Engineer\ncompany: Brightline\nlayout: job\n---\nWe build boats.\n",
        {"text": "Join [Company Name] today.\n", "config": {"placeholders": {"allow": ["[Company Name]"]}}},
    ],
}

_KINDS = ("template-slot", "bracket-slot", "instruction", "stand-in", "dummy-value", "custom")


def check(posting, ctx):
    for found, where in found_in(posting, _KINDS):
        left = where or " left in"
        text = quote(found.text)
        if found.kind == "template-slot":
            message = f'Unfilled template slot "{text}"{where}; replace it with the real value'
        elif found.kind == "bracket-slot":
            message = f'Unfilled placeholder "{text}"{where}; replace it with the real text'
        elif found.kind == "instruction":
            message = f'Template instruction "{text}"{left}; replace it with the posting\'s own text'
        elif found.kind == "stand-in":
            message = f'Stand-in "{text}"{where} where a value belongs; fill it in or remove it'
        elif found.kind == "dummy-value":
            message = f'Template default "{text}"{left}; replace it with the real value'
        else:
            message = f'"{text}"{where} matches a placeholder pattern from placeholders.patterns'
        yield Finding(found.start, found.end, message, detail=found.kind)
