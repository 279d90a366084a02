CREATE TABLE "cin_closure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"cin_episode_id" uuid NOT NULL,
	"closed_on" date NOT NULL,
	"reason" text NOT NULL,
	"note" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"send_back_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cin_closure_requests_reason_check" CHECK ("cin_closure_requests"."reason" in ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')),
	CONSTRAINT "cin_closure_requests_decision_check" CHECK ("cin_closure_requests"."decision" in ('SIGNED_OFF', 'SENT_BACK')),
	CONSTRAINT "cin_closure_requests_decided_check" CHECK (("cin_closure_requests"."decision" is null) = ("cin_closure_requests"."decided_by" is null)),
	CONSTRAINT "cin_closure_requests_sent_back_check" CHECK ("cin_closure_requests"."decision" is distinct from 'SENT_BACK' or "cin_closure_requests"."send_back_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "cp_plans" ADD COLUMN "safety_plan" text;--> statement-breakpoint
ALTER TABLE "cp_plans" ADD COLUMN "parents_history" text;--> statement-breakpoint
ALTER TABLE "cin_closure_requests" ADD CONSTRAINT "cin_closure_requests_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closure_requests" ADD CONSTRAINT "cin_closure_requests_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closure_requests" ADD CONSTRAINT "cin_closure_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_closure_requests" ADD CONSTRAINT "cin_closure_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cin_closure_requests_one_pending_idx" ON "cin_closure_requests" USING btree ("cin_episode_id") WHERE "cin_closure_requests"."decision" is null;--> statement-breakpoint
CREATE INDEX "cin_closure_requests_child_idx" ON "cin_closure_requests" USING btree ("child_id");