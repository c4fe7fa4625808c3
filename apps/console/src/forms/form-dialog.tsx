import { useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useI18n } from '../i18n/language';
import { showApiErrors } from './api-errors';

interface FormDialogProps<Values> {
  title: string;
  /** The submit button says what it does: the command's own name. */
  submitLabel: string;
  onClose: () => void;
  /** Sends the request; a refusal's messages land on the fields they name. */
  onSubmit: (values: Values) => Promise<unknown>;
  initialValues?: Partial<Values>;
  children?: ReactNode | ((form: FormInstance<Values>) => ReactNode);
  danger?: boolean;
}

/** A dialog with one form that talks to the API: validation, sending, the API's errors. */
export function FormDialog<Values extends object>({
  title,
  submitLabel,
  onClose,
  onSubmit,
  initialValues,
  children,
  danger,
}: FormDialogProps<Values>) {
  const { m } = useI18n();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the fields show what is missing
    }
    setSending(true);
    setProblems([]);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      setProblems(showApiErrors(form, error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={submitLabel}
      cancelText={m.common.cancel}
      okButtonProps={{ danger }}
      confirmLoading={sending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          className="form-problems"
          title={problems.length === 1 ? problems[0] : m.common.otherErrors}
          description={
            problems.length > 1 ? (
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
