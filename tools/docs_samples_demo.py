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


def _make_all(solicitor, support, client_id: int, recovery_code: str) -> dict[str, bytes]:
    s = solicitor.services
    docs, made = {}, {}
    appeal = _matter(s, client_id, MatterType.APPEAL, MatterType.ASYLUM_CLAIM,
                     MatterType.FRESH_CLAIM)
    notes = [n for n in s.notes.list(client_id) if n.body.strip() and not n.privileged][:3]
    body = tuple(n.body for n in notes[:1])
    claims = [c for c in s.compensation.claims.list(client_id) if s.compensation.items(c.id)]
    _conflict_check(s, client_id)
    plan = {
        K.WITNESS_STATEMENT: (appeal, dict(note_ids=tuple(n.id for n in notes))),
        K.CHRONOLOGY: (None, {}),
        K.REPRESENTATIONS: (_matter(s, client_id, MatterType.IDENTIFICATION) or appeal,
                            dict(paragraphs=body)),
        K.FURTHER_SUBMISSIONS: (appeal, dict(paragraphs=body)),
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
        made[kind] = document
        docs[kind.value] = service.pdf(document.id)
    pdfs = [a for a in s.attachments.list(client_id) if a.mime_type == "application/pdf"]
    bundler = _service(solicitor)
    first = []
    for kind in (K.WITNESS_STATEMENT, K.CHRONOLOGY):
        if kind in made:   # approved for filing, as a solicitor would before bundling
            bundler.approve(made[kind].id, made[kind].version)
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
