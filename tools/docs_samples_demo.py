"""Every document kind made from a demo database, the way the application makes them.

Used by `tools/docs_samples.py` (`make docs-samples`): a small demo centre (fictional people, fast insecure
key derivation: it lives in a temporary folder and is deleted afterwards) is created with
demo/data.py, the client whose file has the most to show is chosen, and each kind
is generated through the documents service (support letters and children's reports by the
support worker, everything else by the solicitor).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assist_desktop.documents import DocumentKind  # noqa: E402
from assist_desktop.domain.checks import ConflictDecision  # noqa: E402
from assist_desktop.domain.errors import AssistError  # noqa: E402
from assist_desktop.domain.matters import MatterType  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.demo.data import DemoPlan, create_demo_centre  # noqa: E402
from assist_desktop.services.document_bundle import (ATTACHMENT, BundlePart,  # noqa: E402
                                                     WithheldParts)
from assist_desktop.services.documents import (DocumentService,  # noqa: E402
                                               recovery_sheet_pdf)
from assist_desktop.services.vault import Vault  # noqa: E402

K = DocumentKind
PASSPHRASE = "demo samples only: not a real passphrase 7"
TODAY = date(2026, 3, 12)  # the same demo centre, and the same dates, on every run


def _service(centre) -> DocumentService:
    return DocumentService(centre.db, centre.session, centre.audit_log, centre.centre)


def _richness(services, client_id: int) -> tuple:
    """How much of each kind of record her file has (more is a better sample)."""
    matters = services.matters.list(client_id)
    claims = services.compensation.claims.list(client_id)
    with_items = [c for c in claims if services.compensation.items(c.id)]
    pdfs = [a for a in services.attachments.list(client_id) if a.mime_type == "application/pdf"]
    return (bool(with_items), bool(services.children.children.list(client_id)),
            bool(services.matters.identification.list(client_id)),
            any(m.matter_type == MatterType.APPEAL for m in matters), bool(pdfs),
            len(services.notes.chronology(client_id)), len(matters))


def choose_client(centre) -> int:
    services = centre.services
    candidates = [c.id for c in services.clients.caseload() if not c.restricted]
    return max(candidates, key=lambda cid: (_richness(services, cid), -cid))


def _matter(services, client_id: int, *types: MatterType) -> int | None:
    for wanted in types:
        for matter in services.matters.list(client_id):
            if matter.matter_type == wanted:
                return matter.id
    return None


def _initials(services, client_id: int) -> str:
    from assist_desktop.documents.witness_statement import letters_initials
    client = services.clients.get(client_id)
    found = letters_initials(client.full_name or client.display_name)
    return found if found and found.isascii() else "EX"  # as the service numbers exhibits


def _conflict_check(services, client_id: int) -> None:
    if services.conflicts.checks_for_client(client_id):
        return
    client = services.clients.get(client_id)
    check = services.conflicts.check_client(
        [n for n in (client.display_name, client.full_name) if n], client.date_of_birth)
    check = services.conflicts.decide(check.id, ConflictDecision.PROCEED, check.version,
                                      note="The match is her own file: the check was run "
                                           "again for this sample.")
    services.conflicts.attach(check.id, client_id=client_id)


# Her statement as her solicitor drafted it with her, in the first person (file notes are
# sources for the solicitor, never pasted in). Blank lines start numbered paragraphs; a line
# "## ..." is a heading.
STATEMENT = """## My background

I was born in a small town and grew up with my mother and my two younger brothers. My father \
died when I was nine. I left school at fourteen to help my mother sell food at the market.

## How I was recruited

When I was nineteen a woman who knew my aunt told me about work in a hair salon in Europe. \
She said she would pay for my journey and that I could pay her back from my wages.

Before I left she took me to a shrine. A man there cut my skin and made me swear that I \
would pay the money back and never speak to the police. I was very frightened, because I \
believed that I or my family would die if I broke the oath.

## What happened to me

I travelled by road and then by boat. When I arrived, a woman I had to call "Madam" took my \
passport. She told me that I owed her 35,000 euros and that I had to work as a prostitute to \
pay it back. I was never allowed to leave the house alone.

Madam told me that my family would be harmed if I tried to escape. My mother later told me \
that men had come to her house asking for money. I was kept there for about two years.

## How I got away

In June 2021 a woman I met at a clinic gave me the number of a charity. I left the house \
when Madam was away and called the number. The charity helped me to contact the police.

## Since then

I have been supported in safe accommodation since July 2021. I still have nightmares and I \
see a counsellor every week. Her letter about my treatment is exhibit {prefix}/1.

I am afraid that if I am returned, Madam's people will find me and force me to pay the \
debt, or harm me for speaking to the police.
"""


REPRESENTATIONS = (
    "Our client has given a consistent account of being recruited with a false offer of "
    "work, moved across borders, held in debt bondage and forced into prostitution. Her "
    "account is set out in her witness statement, which we enclose.",
    "The indicators of trafficking in the Modern Slavery Statutory Guidance are present: "
    "deception at recruitment, the confiscation of her passport, an imposed debt, "
    "restriction of movement and threats against her family.",
    "We ask that her account be assessed in the light of the trauma she has suffered, "
    "which her counsellor describes, and that any apparent inconsistency be put to her "
    "before a decision is made.",
)
FURTHER_SUBMISSIONS = (
    "Since the refusal, a medico-legal report has been obtained. It records scarring that "
    "the doctor finds highly consistent with her account of the ritual oath, and symptoms "
    "of post-traumatic stress disorder.",
    "This material was not before the decision maker. It goes to the central issue on which "
    "her claim was refused, her credibility, and together with the material previously "
    "considered it creates a realistic prospect of success before an immigration judge.",
)


def _make_all(solicitor, support, client_id: int, recovery_code: str) -> dict[str, bytes]:
    s = solicitor.services
    docs, made = {}, {}
    appeal = _matter(s, client_id, MatterType.APPEAL, MatterType.ASYLUM_CLAIM,
                     MatterType.FRESH_CLAIM)
    claims = [c for c in s.compensation.claims.list(client_id) if s.compensation.items(c.id)]
    _conflict_check(s, client_id)
    plan = {
        K.WITNESS_STATEMENT: (appeal, dict(
            paragraphs=(STATEMENT.replace("{prefix}", _initials(s, client_id)),),
            witness_description="unemployed, living in supported accommodation",
            exhibits=("Letter from her counsellor about her treatment",))),
        K.CHRONOLOGY: (None, {}),
        K.REPRESENTATIONS: (_matter(s, client_id, MatterType.IDENTIFICATION) or appeal,
                            dict(paragraphs=REPRESENTATIONS)),
        K.FURTHER_SUBMISSIONS: (appeal, dict(paragraphs=FURTHER_SUBMISSIONS, enclosures=(
            "Medico-legal report, 1 March 2026",
            "Letter from her counsellor, 20 February 2026"))),
        K.SUPPORT_LETTER: (None, dict(paragraphs=(
            "She has engaged fully with our support and attends every appointment.",))),
        K.COMPENSATION_SUMMARY: (None, dict(claim_id=claims[0].id) if claims else {}),
        K.CHILDREN_REPORT: (None, {}),
        K.CLIENT_CARE_LETTER: (appeal, dict(funding="Legal aid")),
        K.CASE_SUMMARY: (None, {}),
        K.CONFLICT_CHECK: (None, {}),
    }
    for kind, (matter_id, options) in plan.items():
        maker = support if kind in (K.SUPPORT_LETTER, K.CHILDREN_REPORT) else solicitor
        service = _service(maker)
        try:
            document = service.generate(kind, client_id, matter_id, date=TODAY, **options)
        except AssistError as exc:
            print(f"docs-samples: {kind.value} skipped: {exc}", file=sys.stderr)
            continue
        if kind != K.SUPPORT_LETTER:  # one draft left to show the DRAFT watermark
            document = _service(solicitor).approve(document.id, document.version)
        made[kind] = document
        docs[kind.value] = service.pdf(document.id)
    pdfs = [a for a in s.attachments.list(client_id) if a.mime_type == "application/pdf"]
    bundler = _service(solicitor)
    first = []
    for kind in (K.WITNESS_STATEMENT, K.CHRONOLOGY):
        if kind in made:   # approved above, as a solicitor would before bundling
            first.append(BundlePart(made[kind].id, date=TODAY))
    titles = bundler.bundle_sections(client_id)
    sections = [(titles[1], first)]
    if pdfs:
        sections.append((titles[2], [BundlePart(pdfs[0].id, ATTACHMENT, date=TODAY)]))
    try:
        bundle = bundler.bundle(client_id, sections, matter_id=appeal, prepared_date=TODAY)
    except WithheldParts as held:   # e.g. a chronology drawn from a privileged note
        bundle = bundler.bundle(client_id, sections, matter_id=appeal, prepared_date=TODAY,
                                include_withheld={part.key for part in held.parts})
    docs["bundle"] = _service(solicitor).pdf(bundle.id)
    docs["recovery_sheet"] = recovery_sheet_pdf(solicitor.centre, recovery_code)
    return docs


def demo_documents(workdir: Path, clients: int = 30) -> dict[str, bytes]:
    """{kind: PDF bytes} for every kind, from a new demo centre in `workdir`."""
    data_dir = Path(workdir) / "demo-centre"
    policy = KdfPolicy(TEST_PARAMETERS)
    summary = create_demo_centre(data_dir, PASSPHRASE,
                                 DemoPlan(clients=clients, notes_per_client=10, seed=1,
                                          today=TODAY), kdf_policy=policy)
    vault = Vault(data_dir, kdf_policy=policy)
    solicitor = vault.unlock("solicitor", PASSPHRASE)
    support = vault.unlock("support", PASSPHRASE)
    try:
        return _make_all(solicitor, support, choose_client(solicitor), summary.recovery_code)
    finally:
        support.lock()
        solicitor.lock()
