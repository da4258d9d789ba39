import { App, Col, Row, Skeleton, Space, Tag } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import type { ApplicationDetail, StepRecorded } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { labelOf, useVocabulary } from "../../api/vocabulary.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { useServerToday } from "../../shell/calendar-status.tsx";
import { ApplicantCard } from "./applicant-card.tsx";
import { AttachmentsCard } from "./attachments-card.tsx";
import { ConfirmReceiptModal } from "./confirm-receipt.tsx";
import { DeadlinesCard } from "./deadlines-card.tsx";
import { DeliveryModal } from "./delivery-modal.tsx";
import { LedgerTimeline } from "./ledger-timeline.tsx";
import { LetterModal } from "./letter-modal.tsx";
import { LettersCard } from "./letters-card.tsx";
import { StepButtons } from "./step-buttons.tsx";
import { StepModal } from "./step-modal.tsx";
import type { ApplicationLetters, LetterDue, LetterSummary } from "./types.ts";

/** One application: who and what, the steps allowed now, its deadlines explained, its letters and ledger. */
export default function ApplicationPage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const words = useVocabulary();
  const today = useServerToday();
  const detail = useApi(`application:${id}`, () => api.get<ApplicationDetail>(`/api/applications/${id}`));
  const app = detail.data;
  const letters = useApi(app && !app.masked ? `letters:${id}:${app.version}` : null, () =>
    api.get<ApplicationLetters>(`/api/applications/${id}/letters`),
  );
  const [step, setStep] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [letterFor, setLetterFor] = useState<{ due: LetterDue; initial?: Record<string, unknown> } | null>(
    null,
  );
  const [delivering, setDelivering] = useState<LetterSummary | null>(null);

  if (!app)
    return detail.error ? <LoadFailure error={detail.error} onRetry={detail.reload} /> : <Skeleton active />;

  /** After a step, its letter opens at once when the ledger calls for one (with the step's items). */
  const stepped = async (recorded: StepRecorded, items: string[]) => {
    message.success(`已登记：${labelOf(words?.steps, step ?? "")}`);
    setStep(null);
    detail.reload();
    const list = await api.get<ApplicationLetters>(`/api/applications/${id}/letters`).catch(() => null);
    const due = list?.due.find((d) => d.seq === recorded.seq && d.letterId === null);
    if (due) setLetterFor({ due, initial: items.length > 0 ? { items } : undefined });
  };

  return (
    <>
      <PageTitle
        title={`申请 ${app.number}`}
        extra={
          <Space>
            <Tag color={app.open ? "blue" : "default"} data-testid="phase">
              {app.phaseLabel}
            </Tag>
            {app.outcome ? <Tag color="green">{labelOf(words?.outcomes, app.outcome)}</Tag> : null}
            <Link to="/applications">返回申请列表</Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <StepButtons
            detail={app}
            words={words}
            onStep={setStep}
            onConfirmReceipt={() => setConfirming(true)}
          />
          <DeadlinesCard applicationId={app.id} version={app.version} />
          {app.masked ? null : (
            <div style={{ marginTop: 16 }}>
              <LettersCard
                letters={letters}
                onIssue={(due) => setLetterFor({ due })}
                onDeliver={setDelivering}
              />
            </div>
          )}
          <div style={{ marginTop: 16 }}>
            <LedgerTimeline detail={app} words={words} />
          </div>
        </Col>
        <Col xs={24} xl={9}>
          <ApplicantCard detail={app} words={words} />
          <AttachmentsCard detail={app} onChanged={detail.reload} />
        </Col>
      </Row>
      {step ? (
        <StepModal
          applicationId={app.id}
          version={app.version}
          type={step}
          title={labelOf(words?.steps, step)}
          words={words}
          clock={app.clock}
          applicantMonth={app.applicantMonth}
          today={today}
          onClose={() => setStep(null)}
          onDone={stepped}
          onConflict={detail.reload}
        />
      ) : null}
      {confirming ? (
        <ConfirmReceiptModal
          applicationId={app.id}
          version={app.version}
          today={today}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            detail.reload();
          }}
          onConflict={detail.reload}
        />
      ) : null}
      {letterFor ? (
        <LetterModal
          applicationId={app.id}
          due={letterFor.due}
          initial={letterFor.initial}
          onClose={() => setLetterFor(null)}
          onIssued={(letter) => {
            message.success(`已出具 ${letter.documentNumber}`);
            setLetterFor(null);
            letters.reload();
          }}
        />
      ) : null}
      {delivering ? (
        <DeliveryModal
          letter={delivering}
          words={words}
          today={today}
          onClose={() => setDelivering(null)}
          onDone={() => {
            setDelivering(null);
            detail.reload();
            letters.reload();
          }}
        />
      ) : null}
    </>
  );
}
