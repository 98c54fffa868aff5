# An order placed by a customer.
class Order < ApplicationRecord
  include Auditable
  extend FriendlyId

  STATUSES = %w[new paid shipped].freeze

  belongs_to :customer
  has_many :line_items, dependent: :destroy
  validates :status, inclusion: { in: STATUSES }

  scope :recent, -> { where("created_at > ?", 1.week.ago).order(created_at: :desc) }

  before_save :normalize_status

=begin
A block comment inside the class body. Ruby only accepts
its markers at the start of a line.
=end

  def paid?
    status == "paid"
  end

  def pay!(amount)
    transaction do
      update!(status: "paid", paid_at: Time.current)
      Payment.create!(order: self, amount: amount)
    end
  rescue ActiveRecord::RecordInvalid => e
    errors.add(:base, e.message)
    false
  end

  def total_cents
    line_items.sum { |li| li.price_cents * li.quantity }
  end

  module Exports
    def self.to_csv(orders)
      CSV.generate do |csv|
        orders.find_each { |o| csv << [o.id, o.status] }
      end
    end
  end

  private

  def normalize_status
    self.status = status.to_s.downcase.strip
  end

  alias_method :settled?, :paid?
  private :total_cents
end

=begin
Helpers for the console.
=end
def Order.sample
  Order.new(status: "new")
end

# A refund is an order with the money going the other way.
Refund = Class.new(Order) do
  def refund?
    true
  end
end
